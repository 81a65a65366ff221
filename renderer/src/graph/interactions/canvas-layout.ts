import type { Core } from 'cytoscape';
import { applyPositions, FramedPositions, precompute, readPositions } from '../../layout/cytoscape-adapter';
import { computeLayout } from '../../layout/compute-layout';
import { runLayout } from '../../layout/run-layout';
import type { LayoutGraph, LayoutKind, LayoutResult } from '../../layout/types';
import { isLarge } from '../choose-layout';
import { fitPositions, fitView } from '../viewport';
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
  const times = new Float64Array(ids.length).fill(Number.NaN);
  const pinned = new Uint8Array(ids.length);
  const lanes: string[] = [];
  nodes.forEach((n, i) => {
    const own = n.data('time') as number | null;
    if (typeof own === 'number') times[i] = own;
    pinned[i] = n.hasClass('pinned') ? 1 : 0;
    lanes.push((n.parent().data('label') as string | undefined) ?? (n.data('legend') as string | undefined) ?? '');
  });
  // One pass over the edges (no collection per node: thousands of those are a long task): the index pairs, and for
  // a node without a time of its own the earliest time among its neighbours.
  const edges: number[] = [];
  const earliest = new Float64Array(ids.length).fill(Number.POSITIVE_INFINITY);
  const seen = (i: number | undefined, t: unknown) => {
    if (i !== undefined && typeof t === 'number' && t < earliest[i]!) earliest[i] = t;
  };
  nodes.connectedEdges().forEach((e) => {
    const [from, to] = [e.source(), e.target()];
    const s = index.get(from.id());
    const t = index.get(to.id());
    seen(s, to.data('time'));
    seen(t, from.data('time'));
    if (s !== undefined && t !== undefined) edges.push(s, t);
  });
  earliest.forEach((t, i) => {
    if (Number.isNaN(times[i]!) && Number.isFinite(t)) times[i] = t;
  });
  const positions = readPositions(cy, ids);
  ids.forEach((id, i) => {
    if (fresh.has(id)) positions[2 * i] = positions[2 * i + 1] = Number.NaN;
  });
  return { ids, edges: Uint32Array.from(edges), times, lanes, pinned, positions };
}

/**
 * Lays out the canvas; force runs in the worker and, with `onlyNew`, places the `fresh` nodes among the others
 * without moving anything else. Pinned nodes never move (the layout engine keeps them). With `fit`, the view fits the
 * result (a big graph fits on the new positions before they are drawn, so the layout costs one redraw, not two).
 * Returns the layout's input ids and result (null when there was nothing to lay out or the canvas went away).
 */
export async function layoutCanvas(
  cy: Core,
  kind: LayoutKind,
  fresh: ReadonlySet<string> = new Set(),
  onlyNew = false,
  fit = false,
): Promise<{ ids: readonly string[]; result: LayoutResult } | null> {
  const graph = layoutGraphOf(cy, fresh);
  if (graph.ids.length === 0) return null;
  // Pinned nodes are not touched (their exact position is not rounded to the layout's 32-bit floats), nor, with
  // onlyNew, anything but the fresh nodes: moving a node, even in place, dirties it and all its edges.
  const moving = graph.ids.flatMap((id, i) => (graph.pinned?.[i] || (onlyNew && !fresh.has(id)) ? [] : [i]));
  const ids = moving.map((i) => graph.ids[i]!);
  const only = (positions: Float32Array) => Float32Array.from(moving.flatMap((i) => [positions[2 * i]!, positions[2 * i + 1]!]));
  // Until the worker answers, fresh nodes wait beside their neighbours, not piled at the origin (same task as the add).
  if (onlyNew) applyPositions(cy, ids, only(computeLayout('preset', graph).positions));
  const run = kind === 'force' ? runLayout('force', graph, { settle: onlyNew ? 'new' : 'all' }) : runLayout(kind, graph);
  // While the worker runs: the added slice's calculations, so its first frame only draws.
  if (onlyNew && isLarge(graph.ids.length)) await precompute(cy);
  const result = await run.promise;
  if (cy.destroyed()) return null;
  if (!isLarge(graph.ids.length)) {
    applyPositions(cy, ids, only(result.positions));
    if (fit) fitView(cy, false);
    return { ids: graph.ids, result };
  }
  // Thousands of nodes moved at once make one redraw plus all their calculations in a single task: stream them.
  const canvas = new FramedPositions(cy, ids);
  canvas.update(only(result.positions));
  if (fit) fitPositions(cy, result.positions);
  await canvas.idle();
  return { ids: graph.ids, result };
}
