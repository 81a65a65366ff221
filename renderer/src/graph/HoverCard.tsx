import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { formatUnix } from '../ui/format';

interface Hover { x: number; y: number; title: string; lines: string[] }

/** The time of an element: a tx node's own, an edge's from its transaction end. */
function timeOf(target: EventObject['target']): number | null {
  if (target.isNode()) return (target.data('time') as number | null) ?? null;
  const t = (target.source().data('time') ?? target.target().data('time')) as number | null | undefined;
  return t ?? null;
}

/** Amount and time of the edge or node under the pointer, as plain text beside it. */
export function HoverCard({ cy }: { cy: Core }) {
  const [hover, setHover] = useState<Hover | null>(null);
  useEffect(() => {
    const show = (e: EventObject) => {
      const t = e.target;
      const time = timeOf(t);
      const lines = [t.isEdge() ? String(t.data('amount') ?? '') : String(t.data('category') || t.data('kind') || ''), time ? formatUnix(time) : ''];
      setHover({ x: e.renderedPosition.x, y: e.renderedPosition.y, title: t.isEdge() ? 'Flow' : String(t.data('label') ?? ''), lines: lines.filter(Boolean) });
    };
    const hide = () => setHover(null);
    cy.on('mouseover', 'node, edge', show);
    cy.on('mouseout', 'node, edge', hide);
    // An element hidden, removed or moved under the pointer sends no mouseout: drop the card on any such change.
    cy.on('viewport tap remove position', hide);
    cy.on('style', 'node, edge', hide);
    return () => {
      cy.off('mouseover', 'node, edge', show);
      cy.off('mouseout', 'node, edge', hide);
      cy.off('viewport tap remove position', hide);
      cy.off('style', 'node, edge', hide);
    };
  }, [cy]);
  if (!hover) return null;
  return (
    <div className="graph-hover" style={{ left: hover.x + 14, top: hover.y + 10 }} role="tooltip" data-testid="graph-hover">
      <strong>{hover.title}</strong>
      {hover.lines.map((l) => <div key={l}>{l}</div>)}
    </div>
  );
}
