import { describe, expect, it } from 'vitest';
import { extent, forceLayout } from './force';
import { seededRandom } from './random';
import { distance, ethereumTransferGraph } from './test-graphs';

const graph = ethereumTransferGraph();
const n = graph.ids.length;
const input = { n, edges: graph.edges };
const converged = forceLayout(input, { seed: 3 }).positions;

function meanEdgeLength(positions: Float32Array, edges: Uint32Array): number {
  let sum = 0;
  for (let e = 0; e < edges.length; e += 2) sum += distance(positions, edges[e]!, edges[e + 1]!);
  return sum / (edges.length / 2);
}

describe('forceLayout (ForceAtlas2) on the Ethereum transfer graph', () => {
  it('places every node, and linked nodes much closer than random pairs', () => {
    expect(n).toBeGreaterThan(300);
    expect(converged.every(Number.isFinite)).toBe(true);
    const random = seededRandom(9);
    let pairs = 0;
    for (let k = 0; k < 2000; k++) pairs += distance(converged, Math.floor(random() * n), Math.floor(random() * n));
    expect(meanEdgeLength(converged, graph.edges)).toBeLessThan((0.5 * pairs) / 2000);
  });

  it('is deterministic for a seed', () => {
    expect(forceLayout(input, { seed: 3 }).positions).toEqual(converged);
    expect(forceLayout(input, { seed: 4 }).positions).not.toEqual(converged);
  });

  it('stops at the iteration budget and reports whether it converged', () => {
    const capped = forceLayout(input, { maxIterations: 7, batch: 5, tolerance: 0 });
    expect(capped).toMatchObject({ iterations: 7, converged: false });
    const full = forceLayout(input, { maxIterations: 2000 });
    expect(full.converged).toBe(true);
    expect(full.iterations).toBeLessThan(2000);
  });

  it('never moves a pinned node, in any batch', () => {
    const pinned = new Uint8Array(n);
    const positions = Float32Array.from(converged);
    for (let i = 0; i < n; i += 17) {
      pinned[i] = 1;
      positions[2 * i]! += 500;
    }
    const seen: Float32Array[] = [];
    const result = forceLayout({ ...input, positions, pinned }, { settle: 'all', batch: 5, maxIterations: 40 }, (p) => seen.push(Float32Array.from(p)));
    expect(seen.length).toBe(8);
    for (const p of [...seen, result.positions]) {
      for (let i = 0; i < n; i += 17) expect([p[2 * i], p[2 * i + 1]]).toEqual([positions[2 * i], positions[2 * i + 1]]);
    }
    expect(result.positions).not.toEqual(positions);
  });

  it('places new nodes next to their neighbours and leaves the old ones where they were (settle "new")', () => {
    const added = 40;
    const edges = Uint32Array.from([...graph.edges, ...Array.from({ length: added }, (_, k) => [k * 5, n + k]).flat()]);
    const positions = new Float32Array(2 * (n + added)).fill(Number.NaN);
    positions.set(converged);
    const result = forceLayout({ n: n + added, edges, positions }, {});
    expect(result.positions.subarray(0, 2 * n)).toEqual(converged);
    const size = extent(converged);
    for (let k = 0; k < added; k++) expect(distance(result.positions, k * 5, n + k)).toBeLessThan(0.1 * size);
  });

  it('relaxing everything from a converged layout drifts little (settle "all")', () => {
    const result = forceLayout({ ...input, positions: converged }, { settle: 'all', maxIterations: 50 });
    let drift = 0;
    for (let i = 0; i < n; i++) drift += Math.hypot(result.positions[2 * i]! - converged[2 * i]!, result.positions[2 * i + 1]! - converged[2 * i + 1]!);
    expect(drift / n).toBeLessThan(0.05 * extent(converged));
  });
});
