import { MinHeap } from './min-heap';
import { sortedNodes, timeOrder } from './time-order';
import type { LaneBand, LayoutGraph, LayoutResult, TimelineOptions } from './types';

/**
 * Timeline: x is a linear scale of time (block height or unix time), nodes without a time sit in a column left of
 * the axis; y is a swimlane per lane key in a stable order (options.laneOrder first, then by key). Inside a lane,
 * nodes closer than minGapX share no row (greedy interval packing with a heap of row ends). O(n log n).
 */
export function timelineLayout(graph: Pick<LayoutGraph, 'ids' | 'times' | 'lanes'>, options: TimelineOptions = {}): LayoutResult {
  const n = graph.ids.length;
  const width = options.width ?? Math.max(1000, 100 * Math.sqrt(n));
  const rowGap = options.rowGap ?? 30;
  const laneGap = options.laneGap ?? 60;
  const minGapX = options.minGapX ?? 30;

  let t0 = Infinity;
  let t1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = graph.times?.[i];
    if (t !== undefined && Number.isFinite(t)) {
      t0 = Math.min(t0, t);
      t1 = Math.max(t1, t);
    }
  }
  if (!Number.isFinite(t0)) t0 = t1 = 0;
  const scale = t1 > t0 ? width / (t1 - t0) : 0;
  const x = Float64Array.from({ length: n }, (_, i) => {
    const t = graph.times?.[i];
    return t !== undefined && Number.isFinite(t) ? (t - t0) * scale : -2 * minGapX;
  });

  const laneOf = (i: number) => graph.lanes?.[i] ?? '';
  const members = new Map<string, number[]>();
  for (const v of sortedNodes(n, timeOrder(n, x))) {
    const key = laneOf(v);
    const list = members.get(key);
    if (list) list.push(v);
    else members.set(key, [v]);
  }
  const positions = new Float32Array(2 * n);
  const lanes: LaneBand[] = [];
  let top = 0;
  for (const key of laneKeys([...members.keys()], options.laneOrder ?? [])) {
    const rows = packRows(members.get(key)!, x, minGapX);
    let rowCount = 1;
    for (const [v, row] of rows) {
      positions[2 * v] = x[v]!;
      positions[2 * v + 1] = top + row * rowGap;
      rowCount = Math.max(rowCount, row + 1);
    }
    lanes.push({ key, y0: top - rowGap / 2, y1: top + (rowCount - 0.5) * rowGap });
    top += rowCount * rowGap + laneGap;
  }
  return { positions, lanes, axis: { t0, t1, scale } };
}

function laneKeys(present: string[], preferred: readonly string[]): string[] {
  const set = new Set(present);
  const first = preferred.filter((key, i) => set.has(key) && preferred.indexOf(key) === i);
  const chosen = new Set(first);
  return [...first, ...present.filter((key) => !chosen.has(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/** Assigns each node (given in x order) the row whose last node ends furthest left, or a new row if none is free. */
function packRows(nodes: number[], x: Float64Array, minGapX: number): Map<number, number> {
  const rowEnd: number[] = [];
  const free = new MinHeap((a, b) => rowEnd[a]! < rowEnd[b]! || (rowEnd[a] === rowEnd[b] && a < b));
  const rows = new Map<number, number>();
  for (const v of nodes) {
    const candidate = free.peek();
    const row = candidate !== undefined && rowEnd[candidate]! + minGapX <= x[v]! ? free.pop()! : rowEnd.length;
    rowEnd[row] = x[v]!;
    free.push(row);
    rows.set(v, row);
  }
  return rows;
}
