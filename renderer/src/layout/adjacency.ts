/** Compressed adjacency (CSR): the neighbours of node i are list[offsets[i] .. offsets[i + 1]). */
export interface Adjacency {
  offsets: Uint32Array;
  list: Uint32Array;
}

/** Which end(s) of each edge to index: outgoing (source -> target), incoming, or both (undirected). */
export type Direction = 'out' | 'in' | 'both';

/** Builds CSR adjacency in O(n + m); throws a located error on an edge that names a node outside 0..n-1. */
export function buildAdjacency(n: number, edges: Uint32Array, direction: Direction): Adjacency {
  if (edges.length % 2 !== 0) throw new Error(`layout graph: edges has odd length ${edges.length} (expected index pairs)`);
  const offsets = new Uint32Array(n + 1);
  const visit = (fn: (from: number, to: number) => void): void => {
    for (let e = 0; e < edges.length; e += 2) {
      const s = edges[e]!;
      const t = edges[e + 1]!;
      if (s >= n || t >= n) throw new Error(`layout graph: edge ${e / 2} (${s} -> ${t}) names a node outside 0..${n - 1}`);
      if (direction !== 'in') fn(s, t);
      if (direction !== 'out') fn(t, s);
    }
  };
  visit((from) => offsets[from + 1]!++);
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const list = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  visit((from, to) => {
    list[fill[from]!++] = to;
  });
  return { offsets, list };
}
