import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph';
import { timelineLayout } from './timeline';
import { ethereumTransferGraph } from './test-graphs';

const synthetic = syntheticGraph(2000, 4000, 5);

describe('timelineLayout', () => {
  it('maps time to x monotonically (strictly for later times) on a linear scale', () => {
    for (const graph of [synthetic, ethereumTransferGraph()]) {
      const { positions, axis } = timelineLayout(graph, { width: 5000 });
      const order = graph.ids.map((_, i) => i).sort((a, b) => graph.times[a]! - graph.times[b]!);
      for (let k = 1; k < order.length; k++) {
        const [a, b] = [order[k - 1]!, order[k]!];
        if (graph.times[b]! > graph.times[a]!) expect(positions[2 * b]).toBeGreaterThan(positions[2 * a]!);
        else expect(positions[2 * b]).toBe(positions[2 * a]);
      }
      expect(positions[2 * order[0]!]).toBe(0);
      expect(positions[2 * order.at(-1)!]).toBeCloseTo(5000, 1);
      expect(axis!.scale).toBeCloseTo(5000 / (axis!.t1 - axis!.t0));
    }
  });

  it('puts nodes without a time in a column left of the axis', () => {
    const times = Float64Array.from([10, Number.NaN, 20]);
    const { positions } = timelineLayout({ ids: ['a', 'b', 'c'], times });
    expect(positions[2]).toBeLessThan(0);
    expect(positions[0]).toBe(0);
  });

  it('keeps lanes in a stable order (preferred first, then by key) whatever the node order', () => {
    const lanes = timelineLayout(synthetic, { laneOrder: ['victim', 'perpetrator'] }).lanes!.map((lane) => lane.key);
    expect(lanes.slice(0, 2)).toEqual(['victim', 'perpetrator']);
    expect(lanes.slice(2)).toEqual([...lanes.slice(2)].sort());
    const reversed = { ids: [...synthetic.ids].reverse(), times: synthetic.times.slice().reverse(), lanes: [...synthetic.lanes].reverse() };
    expect(timelineLayout(reversed, { laneOrder: ['victim', 'perpetrator'] }).lanes!.map((lane) => lane.key)).toEqual(lanes);
  });

  it('keeps every node inside its lane band, bands apart, and no two nodes of a row closer than minGapX', () => {
    const { positions, lanes } = timelineLayout(synthetic, { minGapX: 25 });
    const band = new Map(lanes!.map((lane) => [lane.key, lane]));
    const rows = new Map<number, number[]>();
    synthetic.ids.forEach((_, v) => {
      const y = positions[2 * v + 1]!;
      const { y0, y1 } = band.get(synthetic.lanes[v]!)!;
      expect(y).toBeGreaterThan(y0);
      expect(y).toBeLessThan(y1);
      rows.set(y, [...(rows.get(y) ?? []), positions[2 * v]!]);
    });
    for (let k = 1; k < lanes!.length; k++) expect(lanes![k]!.y0).toBeGreaterThan(lanes![k - 1]!.y1);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(25 - 1e-3);
    }
  });
});
