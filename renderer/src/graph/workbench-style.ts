import type { StylesheetJson } from 'cytoscape';
import { CATEGORY_CLASSES, type Theme } from '../../../shared/category/category-classes';
import { HIDING } from './canvas-counts';

/**
 * Workbench rules appended to the canvas stylesheet: category colours (the legend's), edge width by amount, and the
 * states the graph edits set as classes (hidden, pinned, path, focus, group) and the selection.
 */
export function workbenchStyle(accent: string, labelBg: string, theme: Theme): StylesheetJson {
  const classes = CATEGORY_CLASSES.filter((l) => l.key !== 'unknown');
  return [
    ...classes.map((l) => ({ selector: `node[legend = "${l.key}"]`, style: { 'background-color': l[theme] } })),
    { selector: 'edge[weight]', style: { width: 'data(weight)' } },
    { selector: 'edge:selected', style: { 'line-color': accent, 'target-arrow-color': accent, label: 'data(amount)', 'z-index': 15, 'underlay-color': accent, 'underlay-opacity': 0.2, 'underlay-padding': 4 } },
    { selector: 'edge.offchain', style: { 'line-style': 'dashed', 'line-color': '#c26df0', 'target-arrow-color': '#c26df0' } },
    { selector: HIDING, style: { display: 'none' } },
    { selector: 'edge.flow', style: { 'curve-style': 'bezier', 'line-style': 'solid', opacity: 0.85 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#f5b400' } },
    // Every selected node is ringed, so a Shift-click or box selection shows what the next action will touch.
    { selector: 'node:selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: 'node.focus', style: { 'underlay-color': '#ff8a00', 'underlay-opacity': 0.45, 'underlay-padding': 7 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#ff8a00', 'z-index': 20 } },
    { selector: 'edge.path', style: { 'line-color': '#ff8a00', 'target-arrow-color': '#ff8a00', width: 4, 'z-index': 20 } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.08,
        'border-width': 1,
        'border-style': 'dashed',
        label: 'data(label)',
        'text-valign': 'top',
        'font-size': 11,
        'font-weight': 'bold',
        // A box's name sits over the graph's nodes and edges: on a backing of its own it stays legible.
        'text-background-color': labelBg,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 0,
        padding: '14px',
      },
    },
    { selector: 'node.cluster', style: { 'border-style': 'solid', 'background-opacity': 0.05, 'border-color': '#8c96a0', 'font-weight': 'normal' } },
    ...classes.map((l) => ({ selector: `node.cluster[legend = "${l.key}"]`, style: { 'border-color': l[theme], 'background-color': l[theme] } })),
    {
      selector: 'node.collapsed',
      style: { width: 34, height: 34, 'min-zoomed-font-size': 0, 'background-opacity': 0.35, 'border-width': 2, 'text-valign': 'bottom', 'text-margin-y': 4, 'font-size': 10 },
    },
  ];
}
