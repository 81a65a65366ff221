import { describe, expect, it } from 'vitest';
import { BENCH_SIZE } from './bench-api';
import { expandGraph, syntheticGraph } from './synthetic-graph';

describe('benchmark graphs', () => {
  const graph = syntheticGraph(BENCH_SIZE.nodes, BENCH_SIZE.edges, BENCH_SIZE.seed);

  it('are the promised size, deterministic for a seed, and flow forward in time', () => {
    expect(graph.ids.length).toBe(5000);
    expect(graph.edges.length).toBe(20000);
    expect(syntheticGraph(5000, 10000, BENCH_SIZE.seed)).toEqual(graph);
    expect(syntheticGraph(5000, 10000, BENCH_SIZE.seed + 1).edges).not.toEqual(graph.edges);
    for (let e = 0; e < graph.edges.length; e += 2) {
      expect(graph.edges[e]!).toBeLessThan(graph.edges[e + 1]!);
      expect(graph.times[graph.edges[e]!]!).toBeLessThanOrEqual(graph.times[graph.edges[e + 1]!]!);
    }
  });

  it('expand by new nodes with no position, each linked to the graph', () => {
    const expanded = expandGraph(graph, 500, 50, 1);
    expect(expanded.ids.length).toBe(5500);
    expect(expanded.positions.subarray(0, 10000)).toEqual(graph.positions);
    expect(expanded.positions.subarray(10000).every(Number.isNaN)).toBe(true);
    const targets = new Set<number>();
    for (let e = graph.edges.length; e < expanded.edges.length; e += 2) targets.add(expanded.edges[e + 1]!);
    expect(targets.size).toBe(500);
    expect(Math.min(...targets)).toBe(5000);
  });
});
