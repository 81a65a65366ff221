import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './adjacency';
import { NEIGHBOUR_SPACING, placeMissing } from './placement';
import { seededRandom } from './random';
import { distance } from './test-graphs';

describe('buildAdjacency', () => {
  it('indexes each direction and rejects an edge outside the node range with its position', () => {
    const edges = Uint32Array.from([0, 1, 0, 2, 2, 1]);
    const out = buildAdjacency(3, edges, 'out');
    expect([...out.list.subarray(out.offsets[0], out.offsets[1])]).toEqual([1, 2]);
    const both = buildAdjacency(3, edges, 'both');
    expect([...both.list.subarray(both.offsets[1], both.offsets[2])].sort()).toEqual([0, 2]);
    expect(() => buildAdjacency(3, Uint32Array.from([0, 1, 1, 7]), 'out')).toThrow('edge 1 (1 -> 7) names a node outside 0..2');
  });
});

describe('placeMissing', () => {
  // A star: node 0 placed at (1000, 1000), nodes 1..5 new around it, node 6 new and isolated.
  const n = 7;
  const edges = Uint32Array.from([0, 1, 0, 2, 0, 3, 0, 4, 1, 5]);
  const given = new Float32Array(2 * n).fill(Number.NaN);
  given.set([1000, 1000], 0);

  it('keeps placed nodes and puts new ones within one spacing of their placed neighbours', () => {
    const pos = placeMissing(n, buildAdjacency(n, edges, 'both'), given, seededRandom(1), NEIGHBOUR_SPACING);
    expect([pos[0], pos[1]]).toEqual([1000, 1000]);
    for (const v of [1, 2, 3, 4]) expect(distance(pos, 0, v)).toBeLessThanOrEqual(NEIGHBOUR_SPACING);
    expect(distance(pos, 1, 5)).toBeLessThanOrEqual(NEIGHBOUR_SPACING);
    expect(pos.every(Number.isFinite)).toBe(true);
  });

  it('is deterministic for a seed and does not modify its input', () => {
    const adjacency = buildAdjacency(n, edges, 'both');
    const a = placeMissing(n, adjacency, given, seededRandom(5), NEIGHBOUR_SPACING);
    expect(placeMissing(n, adjacency, given, seededRandom(5), NEIGHBOUR_SPACING)).toEqual(a);
    expect(Number.isNaN(given[2])).toBe(true);
  });

  it('rings new nodes around their neighbour at the placed layout’s own edge length', () => {
    // 0 - 1 - 2 placed 300 apart; 3 and 4 are new neighbours of 0.
    const path = Uint32Array.from([0, 1, 1, 2, 0, 3, 0, 4]);
    const start = Float32Array.from([0, 0, 300, 0, 600, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    const pos = placeMissing(5, buildAdjacency(5, path, 'both'), start, seededRandom(2), NEIGHBOUR_SPACING);
    for (const v of [3, 4]) {
      expect(distance(pos, 0, v)).toBeGreaterThanOrEqual(150);
      expect(distance(pos, 0, v)).toBeLessThanOrEqual(300);
    }
  });

  it('rejects positions of the wrong length', () => {
    expect(() => placeMissing(3, buildAdjacency(3, new Uint32Array(0), 'both'), new Float32Array(4), seededRandom(1), 30)).toThrow(
      'positions has length 4, expected 6',
    );
  });
});
