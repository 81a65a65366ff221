import type { StylesheetJson } from 'cytoscape';
import { workbenchStyle } from './workbench-style';

/** Canvas colours come from the CSS theme variables so the graph follows the light/dark switch. */
function themeColors(root: Element): Record<string, string> {
  const css = getComputedStyle(root);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    address: v('--graph-address'),
    tx: v('--graph-tx'),
    coinbase: v('--graph-coinbase'),
    tagged: v('--graph-tagged'),
    edge: v('--graph-edge'),
    label: v('--graph-label'),
    labelBg: v('--graph-label-bg'),
    selected: v('--accent'),
  };
}

/**
 * What a big graph gives up to stay interactive (the benchmark page measures with these too). Haystack edges draw an
 * order of magnitude faster than bezier, so big graphs trade arrows for a usable first frame; measuring thousands of
 * labels dominates the first frame, so big graphs label only the selection and its neighbours.
 */
export const LARGE_GRAPH_RULES: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'node', style: { label: '' } },
  { selector: 'node:selected, node.context', style: { label: 'data(label)' } },
];

/**
 * `labelMinFont`: the smallest on-screen font size at which node labels are drawn; dense graphs raise it so labels
 * appear only once the analyst zooms in (selected nodes and their neighbours always keep theirs).
 */
export function graphStyle(root: Element, labelMinFont = 8, large = false): StylesheetJson {
  const c = themeColors(root);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
        'font-size': 9,
        color: c.label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'min-zoomed-font-size': labelMinFont,
      },
    },
    { selector: 'node.address', style: { shape: 'ellipse', width: 18, height: 18, 'background-color': c.address } },
    {
      selector: 'node.tx',
      style: { shape: 'rectangle', width: 9, height: 9, 'background-color': c.tx, 'font-size': 8, color: c.label, 'text-opacity': 0.75 },
    },
    { selector: 'node.coinbase', style: { shape: 'diamond', width: 14, height: 14, 'background-color': c.coinbase } },
    { selector: 'node.tagged', style: { 'border-width': 2, 'border-color': c.tagged } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        'font-size': 9,
        'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
        color: c.label,
        'text-background-color': c.labelBg,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'none',
      },
    },
    ...(large ? LARGE_GRAPH_RULES : []),
    { selector: 'edge.hover, edge.context', style: { label: 'data(amount)', width: 2, 'line-color': c.selected, 'target-arrow-color': c.selected } },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': c.selected, 'underlay-color': c.selected, 'underlay-opacity': 0.25, 'underlay-padding': 5 },
    },
    { selector: 'node.address:selected', style: { 'underlay-shape': 'ellipse' } },
    { selector: 'node:selected, node.context', style: { 'min-zoomed-font-size': 0, 'text-opacity': 1, 'z-index': 10 } },
    ...workbenchStyle(c.selected ?? '', c.labelBg ?? '', (root as HTMLElement).dataset.theme === 'light' ? 'light' : 'dark'),
  ];
}
