import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowLayout } from './flow';
import { seededRandom } from './random';
import { ethereumTransferGraph, randomDag } from './test-graphs';

const x = (positions: Float32Array, v: number) => positions[2 * v]!;

/** Proper crossings between straight edges (shared endpoints do not count). */
function crossings(positions: Float32Array, edges: Uint32Array): number {
  const orient = (a: number, b: number, c: number) =>
    Math.sign((x(positions, b) - x(positions, a)) * (positions[2 * c + 1]! - positions[2 * a + 1]!) - (positions[2 * b + 1]! - positions[2 * a + 1]!) * (x(positions, c) - x(positions, a)));
  let count = 0;
  for (let e = 0; e < edges.length; e += 2) {
    for (let f = e + 2; f < edges.length; f += 2) {
      const [a, b, c, d] = [edges[e]!, edges[e + 1]!, edges[f]!, edges[f + 1]!];
      if (a === c || a === d || b === c || b === d) continue;
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) count++;
    }
  }
  return count;
}

describe('flowLayout', () => {
  it('puts every edge source strictly left of its target on any DAG, whatever the node order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 0, max: 200 }), fc.integer(), (n, m, seed) => {
        const random = seededRandom(seed);
        const dag = randomDag(n, m, random);
        const shuffled = Uint32Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
        const edges = dag.edges.map((v) => shuffled[v]!);
        const times = Float64Array.from({ length: n }, () => Math.floor(random() * 10));
        const { positions } = flowLayout({ ids: dag.ids, edges, times });
        for (let e = 0; e < edges.length; e += 2) expect(x(positions, edges[e]!)).toBeLessThan(x(positions, edges[e + 1]!));
      }),
      { numRuns: 200 },
    );
  });

  it('gives every node of a real cyclic transfer graph its own place, deterministically', () => {
    const graph = ethereumTransferGraph();
    const { positions } = flowLayout(graph);
    const spots = new Set(graph.ids.map((_, v) => `${positions[2 * v]},${positions[2 * v + 1]}`));
    expect(spots.size).toBe(graph.ids.length);
    expect(flowLayout(graph).positions).toEqual(positions);
  });

  it('breaks a cycle at its earliest node', () => {
    // a -> b -> c -> a with times a=5, b=1, c=3: the flow starts at b.
    const { positions } = flowLayout({ ids: ['a', 'b', 'c'], edges: Uint32Array.from([0, 1, 1, 2, 2, 0]), times: Float64Array.from([5, 1, 3]) });
    expect(x(positions, 1)).toBeLessThan(x(positions, 2));
    expect(x(positions, 2)).toBeLessThan(x(positions, 0));
  });

  it('at least halves the crossings of the real transfer graph with its barycentric sweeps', () => {
    const graph = ethereumTransferGraph();
    const before = crossings(flowLayout(graph, { sweeps: 0 }).positions, graph.edges);
    expect(crossings(flowLayout(graph).positions, graph.edges)).toBeLessThan(0.5 * before);
  });

  it('names the bad edge of a malformed graph', () => {
    expect(() => flowLayout({ ids: ['a', 'b'], edges: Uint32Array.from([0, 1, 1, 2]) })).toThrow('edge 1 (1 -> 2) names a node outside 0..1');
  });
});
