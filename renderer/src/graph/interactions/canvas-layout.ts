import type { Core } from 'cytoscape';
import { applyPositions, readPositions } from '../../layout/cytoscape-adapter';
import { runLayout } from '../../layout/run-layout';
import type { LayoutGraph, LayoutKind } from '../../layout/types';
import { ledgerNodes } from './canvas-state';

export const LAYOUT_CHOICES: { kind: LayoutKind; label: string }[] = [
  { kind: 'force', label: 'Force (worker)' },
  { kind: 'flow', label: 'Flow by time' },
  { kind: 'timeline', label: 'Timeline' },
  { kind: 'preset', label: 'Keep positions' },
];

/**
 * The visible ledger nodes as the layout engine's graph: times from tx nodes (an address takes its earliest
 * neighbour's), swimlanes by group (wallet) else legend category, pins, and current positions (NaN for `fresh`).
 */
export function layoutGraphOf(cy: Core, fresh: ReadonlySet<string> = new Set()): LayoutGraph {
  const nodes = ledgerNodes(cy).filter((n) => n.visible());
  const ids = nodes.map((n) => n.id());
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges: number[] = [];
  nodes.connectedEdges().forEach((e) => {
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    if (s !== undefined && t !== undefined) edges.push(s, t);
  });
  const times = new Float64Array(ids.length).fill(Number.NaN);
  const pinned = new Uint8Array(ids.length);
  const lanes: string[] = [];
  nodes.forEach((n, i) => {
    const own = n.data('time') as number | null;
    const neighbourTimes = n.neighborhood('node').map((m) => m.data('time') as number | null).filter((t): t is number => typeof t === 'number');
    const t = typeof own === 'number' ? own : neighbourTimes.length > 0 ? Math.min(...neighbourTimes) : Number.NaN;
    times[i] = t;
    pinned[i] = n.hasClass('pinned') ? 1 : 0;
    lanes.push((n.parent().data('label') as string | undefined) ?? (n.data('legend') as string | undefined) ?? '');
  });
  const positions = readPositions(cy, ids);
  ids.forEach((id, i) => {
    if (fresh.has(id)) positions[2 * i] = positions[2 * i + 1] = Number.NaN;
  });
  return { ids, edges: Uint32Array.from(edges), times, lanes, pinned, positions };
}

/**
 * Lays out the canvas; force runs in the worker and, with `onlyNew`, places the `fresh` nodes among the others
 * without moving anything else. Pinned nodes never move (the layout engine keeps them).
 */
export async function layoutCanvas(cy: Core, kind: LayoutKind, fresh: ReadonlySet<string> = new Set(), onlyNew = false): Promise<void> {
  const graph = layoutGraphOf(cy, fresh);
  if (graph.ids.length === 0) return;
  const run = kind === 'force' ? runLayout('force', graph, { settle: onlyNew ? 'new' : 'all' }) : runLayout(kind, graph);
  const { positions } = await run.promise;
  if (!cy.destroyed()) applyPositions(cy, graph.ids, positions);
}
