import type { FigureFlow } from './types';

interface Ordered {
  id: string;
  time: number | null;
}

/**
 * The order of nodes within their columns (`columnOf`, an index into `columns`): by time first, then two barycentre
 * sweeps (left to right, right to left) that move each node towards the average row of its neighbours in the columns
 * before it, so edges cross less.
 */
export function orderLanes<T extends Ordered>(lanes: number[], nodes: T[], flows: FigureFlow[], columnOf: (n: T) => number): Map<number, T[]> {
  const byLane = new Map<number, T[]>(lanes.map((lane) => [lane, []]));
  for (const n of [...nodes].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.id.localeCompare(b.id))) byLane.get(columnOf(n))?.push(n);
  const neighbours = new Map<string, string[]>();
  for (const f of flows) {
    neighbours.set(f.from, [...(neighbours.get(f.from) ?? []), f.to]);
    neighbours.set(f.to, [...(neighbours.get(f.to) ?? []), f.from]);
  }
  const laneOf = new Map(nodes.map((n) => [n.id, columnOf(n)]));
  const sweep = (sequence: number[], before: (lane: number, other: number) => boolean): void => {
    for (const lane of sequence) {
      const row = new Map<string, number>();
      for (const list of byLane.values()) list.forEach((n, i) => row.set(n.id, i / Math.max(1, list.length - 1)));
      const list = byLane.get(lane) ?? [];
      const centre = (n: T, fallback: number): number => {
        const rows = (neighbours.get(n.id) ?? []).filter((m) => before(lane, laneOf.get(m) ?? lane)).map((m) => row.get(m) ?? 0);
        return rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : fallback;
      };
      const keyed = list.map((n, i) => ({ n, key: centre(n, i / Math.max(1, list.length - 1)), i }));
      keyed.sort((a, b) => a.key - b.key || a.i - b.i);
      byLane.set(lane, keyed.map((k) => k.n));
    }
  };
  sweep(lanes, (lane, other) => other < lane);
  sweep([...lanes].reverse(), (lane, other) => other > lane);
  return byLane;
}
