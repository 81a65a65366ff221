import type { StylesheetJson } from 'cytoscape';
import { HASH_RENTAL } from '../../../shared/category/categories';
import { CATEGORY_CLASSES, classColor, type Theme } from '../../../shared/category/category-classes';
import { HIDING } from './canvas-counts';

/**
 * Workbench rules appended to the canvas stylesheet: category colours (the legend's), edge width by amount, and the
 * states the graph edits set as classes (hidden, pinned, path, focus/faded, group) and the selection.
 */
export function workbenchStyle(accent: string, labelBg: string, theme: Theme): StylesheetJson {
  const classes = CATEGORY_CLASSES.filter((l) => l.key !== 'unknown');
  return [
    // A tagged node's caption is written in its category's colour, so the name and the dot read as one.
    ...classes.map((l) => ({ selector: `node[legend = "${l.key}"]`, style: { 'background-color': l[theme], color: l[theme] } })),
    { selector: 'edge[weight]', style: { width: 'data(weight)' } },
    ...pathViewStyle(labelBg),
    { selector: 'edge:selected', style: { 'line-color': accent, 'target-arrow-color': accent, label: 'data(amount)', 'z-index': 15, 'underlay-color': accent, 'underlay-opacity': 0.2, 'underlay-padding': 4 } },
    // An off-chain link is a rental order: dashed, in the hash-rental marketplace's colour.
    { selector: 'edge.offchain', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'line-color': classColor(HASH_RENTAL, theme), 'target-arrow-color': classColor(HASH_RENTAL, theme), width: 2 } },
    { selector: HIDING, style: { display: 'none' } },
    { selector: 'edge.flow', style: { 'curve-style': 'bezier', 'line-style': 'solid', opacity: 0.85 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#f5b400' } },
    // Every selected node is ringed, so a Shift-click or box selection shows what the next action will touch.
    { selector: 'node:selected', style: { 'overlay-color': accent, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    // A highlight fades what is not highlighted and raises what is; it never recolours or reshapes a node.
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.focus', style: { 'z-index': 20 } },
    { selector: 'edge.path', style: { 'line-color': accent, 'target-arrow-color': accent, width: 4, 'z-index': 20 } },
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
      // Its name is a caption like any node's: drawn where the caption layer finds it room.
      style: { width: 34, height: 34, label: '', 'background-opacity': 0.35, 'border-width': 2 },
    },
  ];
}

/** A path view's own marks: lane titles and edge labels (text only), folded fans, rental services. */
function pathViewStyle(labelBg: string): StylesheetJson {
  return [
    {
      selector: 'node.figure-text',
      style: {
        label: 'data(text)', width: 'data(w)', height: 'data(h)', shape: 'rectangle', 'background-opacity': 0, 'border-width': 0, events: 'no',
        'font-size': 'data(textSize)', 'text-valign': 'center', 'text-halign': 'center', 'min-zoomed-font-size': 9, 'text-wrap': 'wrap',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      },
    },
    { selector: 'node.lane-title', style: { 'font-weight': 'bold' } },
    { selector: 'node.edge-text', style: { 'text-background-color': labelBg, 'text-background-opacity': 0.8 } },
    { selector: 'node.fan', style: { shape: 'round-rectangle', width: 30, height: 20, 'background-color': '#8c96a0', 'background-opacity': 0.6, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#8c96a0' } },
    { selector: 'node.service', style: { shape: 'hexagon', width: 26, height: 26 } },
    { selector: 'node.cluster.figure-only', style: { shape: 'round-rectangle', width: 26, height: 20 } },
  ];
}
