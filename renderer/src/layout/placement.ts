import type { Adjacency } from './adjacency';

/** How far from its neighbours a new node appears, in graph units (about a node's diameter plus a gap). */
export const NEIGHBOUR_SPACING = 30;

/**
 * Gives every node without a position (NaN) one: around the mean of its already placed neighbours, at about the mean
 * edge length of the placed part (so expanded neighbours ring the node they came from at the layout's own scale),
 * walking outwards breadth-first; a component with nothing placed starts from a random point of a ring around the
 * placed nodes. Placed nodes are never moved. O(n + m).
 */
export function placeMissing(
  n: number,
  adjacency: Adjacency,
  positions: Float32Array | undefined,
  random: () => number,
  spacing: number,
): Float32Array {
  const pos = positions ? Float32Array.from(positions) : new Float32Array(2 * n).fill(Number.NaN);
  if (pos.length !== 2 * n) throw new Error(`layout graph: positions has length ${pos.length}, expected ${2 * n} (x, y per node)`);
  const placed = new Uint8Array(n);
  let cx = 0;
  let cy = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(pos[2 * i]) && Number.isFinite(pos[2 * i + 1])) {
      placed[i] = 1;
      cx += pos[2 * i]!;
      cy += pos[2 * i + 1]!;
      count++;
    }
  }
  if (count === n) return pos;
  if (count > 0) {
    cx /= count;
    cy /= count;
  }
  const { offsets, list } = adjacency;
  const gap = Math.max(spacing, meanPlacedEdgeLength(adjacency, pos, placed));
  let radius = spacing * Math.sqrt(n);
  for (let i = 0; i < n; i++) if (placed[i]) radius = Math.max(radius, Math.hypot(pos[2 * i]! - cx, pos[2 * i + 1]! - cy));

  const queue = new Uint32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  const enqueueNeighbours = (v: number): void => {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = list[k]!;
      if (!placed[u] && !queued[u]) {
        queued[u] = 1;
        queue[tail++] = u;
      }
    }
  };
  const put = (v: number, x: number, y: number, distance: number): void => {
    const angle = random() * 2 * Math.PI;
    const r = distance * (0.5 + 0.5 * random());
    pos[2 * v] = x + r * Math.cos(angle);
    pos[2 * v + 1] = y + r * Math.sin(angle);
    placed[v] = 1;
  };

  for (let i = 0; i < n; i++) if (placed[i]) enqueueNeighbours(i);
  let scan = 0;
  for (;;) {
    while (head < tail) {
      const v = queue[head++]!;
      let sx = 0;
      let sy = 0;
      let k = 0;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const u = list[j]!;
        if (placed[u]) {
          sx += pos[2 * u]!;
          sy += pos[2 * u + 1]!;
          k++;
        }
      }
      put(v, sx / k, sy / k, gap);
      enqueueNeighbours(v);
    }
    while (scan < n && placed[scan]) scan++;
    if (scan === n) return pos;
    put(scan, cx, cy, radius);
    enqueueNeighbours(scan);
  }
}

/** Mean length of the edges whose ends are both placed; 0 when there is none. */
function meanPlacedEdgeLength({ offsets, list }: Adjacency, pos: Float32Array, placed: Uint8Array): number {
  let sum = 0;
  let count = 0;
  for (let v = 0; v < placed.length; v++) {
    if (!placed[v]) continue;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = list[k]!;
      if (u > v && placed[u]) {
        sum += Math.hypot(pos[2 * u]! - pos[2 * v]!, pos[2 * u + 1]! - pos[2 * v + 1]!);
        count++;
      }
    }
  }
  return count > 0 ? sum / count : 0;
}
