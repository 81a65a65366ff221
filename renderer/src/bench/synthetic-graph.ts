import { seededRandom } from '../layout/random';
import type { LayoutGraph } from '../layout/types';

/** Lane keys of the synthetic graph (the categories the workspace styles). */
export const CATEGORIES = ['exchange', 'mining_pool', 'hash_rental_marketplace', 'mixer', 'victim', 'perpetrator', 'unknown'] as const;

const HUBS = 20;
const FIRST_HEIGHT = 800_000;

/**
 * A deterministic transaction-flow-like graph: time grows with the node index (10 nodes a block), every edge runs
 * from an earlier node to a later one (mostly local, 15% from one of 20 hubs: exchanges, pools), so it is a DAG with
 * a heavy-tailed degree. Positions are a seeded "saved view" scattered over a square.
 */
export function syntheticGraph(n: number, m: number, seed: number): Required<Omit<LayoutGraph, 'pinned'>> {
  const random = seededRandom(seed);
  const ids = Array.from({ length: n }, (_, i) => `addr:${i}`);
  const times = Float64Array.from({ length: n }, (_, i) => FIRST_HEIGHT + Math.floor(i / 10));
  const lanes = ids.map((_, i) => (i < HUBS ? CATEGORIES[i % 4]! : CATEGORIES[4 + Math.floor(random() * 3)]!));
  const edges = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const target = 1 + Math.floor(random() * (n - 1));
    const local = target - 1 - Math.floor(-Math.log(1 - random()) * 30);
    const source = random() < 0.15 ? Math.floor(random() * Math.min(HUBS, target)) : Math.max(0, local);
    edges[2 * e] = source;
    edges[2 * e + 1] = target;
  }
  const side = Math.sqrt(n) * 60;
  const positions = Float32Array.from({ length: 2 * n }, () => random() * side);
  return { ids, edges, times, lanes, positions };
}

/**
 * The graph after expanding `anchors` nodes by `count` new neighbours in total (an analyst's "expand" clicks): new
 * nodes come last with NaN positions, each receives an edge from its anchor and 30% one more from another new node.
 */
export function expandGraph(graph: Required<Omit<LayoutGraph, 'pinned'>>, count: number, anchors: number, seed: number) {
  const random = seededRandom(seed);
  const n = graph.ids.length;
  const chosen = Array.from({ length: anchors }, () => Math.floor(random() * n));
  const extra: number[] = [];
  for (let k = 0; k < count; k++) {
    const node = n + k;
    extra.push(chosen[k % anchors]!, node);
    if (k >= anchors && random() < 0.3) extra.push(n + Math.floor(random() * k), node);
  }
  const edges = new Uint32Array(graph.edges.length + extra.length);
  edges.set(graph.edges);
  edges.set(extra, graph.edges.length);
  const positions = new Float32Array(2 * (n + count)).fill(Number.NaN);
  positions.set(graph.positions);
  return {
    ids: [...graph.ids, ...Array.from({ length: count }, (_, k) => `addr:${n + k}`)],
    edges,
    times: Float64Array.from({ length: n + count }, (_, i) => (i < n ? graph.times[i]! : graph.times[chosen[(i - n) % anchors]!]! + 1)),
    lanes: [...graph.lanes, ...Array.from({ length: count }, () => 'unknown')],
    positions,
  };
}
