import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';

export interface MenuItem { label: string; run(nodeId: string): void; disabled?: boolean }

/** Right-click on a node: the node becomes the selection and the menu offers the graph edits for it. */
export function ContextMenu({ cy, items, onSelect }: { cy: Core; items: (nodeId: string) => MenuItem[]; onSelect(id: string): void }) {
  const [menu, setMenu] = useState<{ x: number; y: number; nodeId: string } | null>(null);
  useEffect(() => {
    const open = (e: EventObject) => {
      onSelect(e.target.id());
      setMenu({ x: e.renderedPosition.x, y: e.renderedPosition.y, nodeId: e.target.id() });
    };
    const close = () => setMenu(null);
    cy.on('cxttap', 'node', open);
    cy.on('tap viewport', close);
    return () => {
      cy.off('cxttap', 'node', open);
      cy.off('tap viewport', close);
    };
  }, [cy, onSelect]);
  useEffect(() => {
    if (!menu) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenu(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menu]);
  if (!menu) return null;
  return (
    <ul className="graph-context-menu" role="menu" style={{ left: menu.x, top: menu.y }} data-testid="graph-context-menu">
      {items(menu.nodeId).map((item) => (
        <li key={item.label} role="none">
          <button type="button" role="menuitem" disabled={item.disabled} onClick={() => { setMenu(null); item.run(menu.nodeId); }}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
