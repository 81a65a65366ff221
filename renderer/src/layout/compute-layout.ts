import { flowLayout } from './flow';
import { forceLayout } from './force';
import { presetLayout } from './preset';
import { timelineLayout } from './timeline';
import type { LayoutGraph, LayoutKind, LayoutOptionsByKind, LayoutResult } from './types';

/**
 * Every layout, in the calling thread (tests, Node, and the cheap kinds on the UI thread). Pinned nodes that have a
 * position keep it whatever the layout computes.
 */
export function computeLayout<K extends LayoutKind>(kind: K, graph: LayoutGraph, options: LayoutOptionsByKind[K] = {}): LayoutResult {
  const layout: (graph: LayoutGraph, options: LayoutOptionsByKind[K]) => LayoutResult = LAYOUTS[kind];
  const result = layout(graph, options);
  const { pinned, positions } = graph;
  if (pinned && positions) {
    for (let i = 0; i < graph.ids.length; i++) {
      if (pinned[i] && Number.isFinite(positions[2 * i]) && Number.isFinite(positions[2 * i + 1])) {
        result.positions[2 * i] = positions[2 * i]!;
        result.positions[2 * i + 1] = positions[2 * i + 1]!;
      }
    }
  }
  return result;
}

const LAYOUTS: { [K in LayoutKind]: (graph: LayoutGraph, options: LayoutOptionsByKind[K]) => LayoutResult } = {
  force: (graph, options) => forceLayout(forceInput(graph), options),
  flow: flowLayout,
  timeline: timelineLayout,
  preset: presetLayout,
};

/** The typed-array part of a graph that the force layout (and its worker message) needs. */
export function forceInput(graph: LayoutGraph) {
  return { n: graph.ids.length, edges: graph.edges, positions: graph.positions, pinned: graph.pinned };
}
