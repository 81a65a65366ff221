import { buildAdjacency } from './adjacency';
import { NEIGHBOUR_SPACING, placeMissing } from './placement';
import { seededRandom } from './random';
import type { LayoutGraph, LayoutResult, PresetOptions } from './types';

/** Saved positions as given; nodes that have none (added since the view was saved) go beside their neighbours. */
export function presetLayout(graph: Pick<LayoutGraph, 'ids' | 'edges' | 'positions'>, options: PresetOptions = {}): LayoutResult {
  const n = graph.ids.length;
  return { positions: placeMissing(n, buildAdjacency(n, graph.edges, 'both'), graph.positions, seededRandom(options.seed ?? 1), NEIGHBOUR_SPACING) };
}
