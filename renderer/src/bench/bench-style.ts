import type { StylesheetJson } from 'cytoscape';
import { captionRules, LARGE_GRAPH_RULES } from '../graph/graph-style';

/**
 * The workspace's look for a graph this size (renderer/src/graph/graph-style.ts with `large`): 18 px nodes coloured
 * by category, the app's own big-graph rules ('haystack' edges, no arrows) and its captions (text only on the nodes
 * the caption layer placed).
 */
export const BENCH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: { width: 18, height: 18, 'background-color': 'data(color)' },
  },
  {
    selector: 'edge',
    style: { width: 1.2, 'line-color': '#8a94a6', 'target-arrow-color': '#8a94a6', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' },
  },
  ...LARGE_GRAPH_RULES,
  ...captionRules('#14181f'),
];
