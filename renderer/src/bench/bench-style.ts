import type { StylesheetJson } from 'cytoscape';

/**
 * The workspace's node look (renderer/src/graph/graph-style.ts: 18 px nodes with labels) with the edge style a graph
 * this size needs: 'haystack' edges (straight, no arrows, no control points) create and redraw about 1.5x faster than
 * bezier edges with arrows at 5,000 nodes / 10,000 edges in headless Chromium (measured while writing the benchmark).
 */
export const BENCH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: { label: 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 7, width: 18, height: 18, 'background-color': 'data(color)' },
  },
  {
    selector: 'edge',
    style: { width: 1.2, 'line-color': '#8a94a6', 'curve-style': 'haystack' },
  },
];

export const CATEGORY_COLORS: Record<string, string> = {
  exchange: '#3b82f6',
  mining_pool: '#f59e0b',
  hash_rental_marketplace: '#a855f7',
  mixer: '#6b7280',
  victim: '#22c55e',
  perpetrator: '#ef4444',
  unknown: '#94a3b8',
};
