import { buildAdjacency, type Adjacency } from './adjacency';
import { MinHeap } from './min-heap';
import { sortedNodes, timeOrder } from './time-order';
import type { FlowOptions, LayoutGraph, LayoutResult } from './types';

/**
 * Left-to-right flow: columns are longest-path layers of the flow (every edge of a DAG points right), visited in
 * time order so a cycle is broken at its earliest node; sources move next to their first successor; rows inside a
 * column start in time order and are refined by barycentric sweeps to reduce crossings. O((n + m) log n).
 */
export function flowLayout(graph: Pick<LayoutGraph, 'ids' | 'edges' | 'times'>, options: FlowOptions = {}): LayoutResult {
  const n = graph.ids.length;
  const outgoing = buildAdjacency(n, graph.edges, 'out');
  const incoming = buildAdjacency(n, graph.edges, 'in');
  const less = timeOrder(n, graph.times);
  const byTime = sortedNodes(n, less);
  const rank = layers(n, outgoing, incoming, less, byTime);
  const columns = orderColumns(rank, byTime, outgoing, incoming, options.sweeps ?? 8);

  const columnGap = options.columnGap ?? 200;
  const rowGap = options.rowGap ?? 40;
  const positions = new Float32Array(2 * n);
  columns.forEach((column, c) => {
    column.forEach((v, row) => {
      positions[2 * v] = c * columnGap;
      positions[2 * v + 1] = (row - (column.length - 1) / 2) * rowGap;
    });
  });
  return { positions };
}

function layers(n: number, outgoing: Adjacency, incoming: Adjacency, less: (a: number, b: number) => boolean, byTime: Uint32Array) {
  const waiting = new Uint32Array(n);
  for (let v = 0; v < n; v++) for (let k = incoming.offsets[v]!; k < incoming.offsets[v + 1]!; k++) if (incoming.list[k] !== v) waiting[v]!++;
  const sources = waiting.map((w) => (w === 0 ? 1 : 0));
  const ready = new MinHeap(less);
  for (let v = 0; v < n; v++) if (waiting[v] === 0) ready.push(v);
  const done = new Uint8Array(n);
  const rank = new Uint32Array(n);
  let nextByTime = 0;
  for (let processed = 0; processed < n; processed++) {
    let v = ready.pop();
    while (v !== undefined && done[v]) v = ready.pop();
    if (v === undefined) {
      // Only cycles remain: break the earliest one by taking its earliest node now.
      while (done[byTime[nextByTime]!]) nextByTime++;
      v = byTime[nextByTime]!;
    }
    done[v] = 1;
    for (let k = incoming.offsets[v]!; k < incoming.offsets[v + 1]!; k++) {
      const u = incoming.list[k]!;
      if (u !== v && done[u]) rank[v] = Math.max(rank[v]!, rank[u]! + 1);
    }
    for (let k = outgoing.offsets[v]!; k < outgoing.offsets[v + 1]!; k++) {
      const w = outgoing.list[k]!;
      if (w !== v && --waiting[w]! === 0 && !done[w]) ready.push(w);
    }
  }
  // A source sits just left of its nearest successor instead of in column 0 (shorter edges, fewer crossings).
  for (let v = 0; v < n; v++) {
    if (!sources[v] || outgoing.offsets[v] === outgoing.offsets[v + 1]) continue;
    let nearest = Infinity;
    for (let k = outgoing.offsets[v]!; k < outgoing.offsets[v + 1]!; k++) if (outgoing.list[k] !== v) nearest = Math.min(nearest, rank[outgoing.list[k]!]!);
    if (Number.isFinite(nearest)) rank[v] = nearest - 1;
  }
  return rank;
}

function orderColumns(rank: Uint32Array, byTime: Uint32Array, outgoing: Adjacency, incoming: Adjacency, sweeps: number): number[][] {
  const n = rank.length;
  const columns: number[][] = [];
  for (const v of byTime) (columns[rank[v]!] ??= []).push(v);
  for (let c = 0; c < columns.length; c++) columns[c] ??= [];
  const place = new Float64Array(n);
  const measure = (column: number[]) => column.forEach((v, i) => (place[v] = (i + 0.5) / column.length));
  columns.forEach(measure);

  const key = new Float64Array(n);
  const reorder = (column: number[], adjacency: Adjacency, before: boolean) => {
    for (const v of column) {
      let sum = 0;
      let count = 0;
      for (let k = adjacency.offsets[v]!; k < adjacency.offsets[v + 1]!; k++) {
        const u = adjacency.list[k]!;
        if (before ? rank[u]! < rank[v]! : rank[u]! > rank[v]!) {
          sum += place[u]!;
          count++;
        }
      }
      key[v] = count > 0 ? sum / count : place[v]!;
    }
    column.sort((a, b) => key[a]! - key[b]! || place[a]! - place[b]!);
    measure(column);
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (let c = 1; c < columns.length; c++) reorder(columns[c]!, incoming, true);
    else for (let c = columns.length - 2; c >= 0; c--) reorder(columns[c]!, outgoing, false);
  }
  return columns;
}
