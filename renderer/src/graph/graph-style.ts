import type { StylesheetJson } from 'cytoscape';
import { CAPTION_FONT } from './captions/caption-layer';
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
 * order of magnitude faster than bezier, so big graphs trade arrows for a usable first frame. Captions need no rule
 * here: only the nodes that win their place on screen draw one (captions/caption-layer.ts).
 */
export const LARGE_GRAPH_RULES: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
];

/**
 * Captions: drawn only on the nodes the caption layer gave a side (`cap-*`), at the font size and margin it set in
 * their data (a constant size on screen), on a backing of the canvas colour so edges never cut through the text.
 */
export function captionRules(labelBg: string): StylesheetJson {
  return [
    {
      selector: 'node.cap-below, node.cap-above, node.cap-right, node.cap-left',
      style: {
        label: 'data(label)',
        'font-size': 'data(capPx)',
        // cytoscape maps data to any number property; its typings list only some of them.
        'text-margin-x': 'data(capDx)' as unknown as number,
        'text-margin-y': 'data(capDy)' as unknown as number,
        'min-zoomed-font-size': 0,
        'text-opacity': 1,
        'text-background-color': labelBg,
        'text-background-opacity': 0.8,
        'text-background-padding': '0px',
      },
    },
    { selector: 'node.cap-below', style: { 'text-valign': 'bottom', 'text-halign': 'center' } },
    { selector: 'node.cap-above', style: { 'text-valign': 'top', 'text-halign': 'center' } },
    { selector: 'node.cap-right', style: { 'text-valign': 'center', 'text-halign': 'right' } },
    { selector: 'node.cap-left', style: { 'text-valign': 'center', 'text-halign': 'left' } },
  ];
}

/** The canvas stylesheet in the current theme; `large` adds the big graph's cheaper drawing. */
export function graphStyle(root: Element, large = false): StylesheetJson {
  const c = themeColors(root);
  return [
    {
      selector: 'node',
      style: {
        label: '',
        'font-family': CAPTION_FONT,
        color: c.label,
      },
    },
    { selector: 'node.address', style: { shape: 'ellipse', width: 18, height: 18, 'background-color': c.address } },
    {
      selector: 'node.tx',
      style: { shape: 'rectangle', width: 9, height: 9, 'background-color': c.tx },
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
    { selector: 'node:selected, node.context', style: { 'z-index': 10 } },
    ...workbenchStyle(c.selected ?? '', c.labelBg ?? '', (root as HTMLElement).dataset.theme === 'light' ? 'light' : 'dark'),
    ...captionRules(c.labelBg ?? ''),
  ];
}
