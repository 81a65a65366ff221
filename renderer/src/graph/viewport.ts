import type { Collection, Core, Position } from 'cytoscape';
import { isMeasured, openArea } from './view-area';

// A handful of nodes would be blown up to fill the screen; the zoom stops at a readable size.
const MAX_FIT_ZOOM = 1.6;
const PADDING = 40;
/** Beside the outermost nodes: room for half a caption centred under them, which would otherwise leave the canvas. */
const CAPTION_ROOM = 90;

/**
 * Fits the graph in the part of the canvas no toolbar or panel covers. Big graphs fit on node centres (cheap) instead
 * of cytoscape's bounding boxes, which measure every label first.
 */
export function fitView(cy: Core, large: boolean): void {
  if (!large) {
    if (cy.elements().nonempty()) fitted(cy, cappedFit(cy, cy.elements(), PADDING), large);
    return undefined;
  }
  const nodes = cy.nodes();
  const centres = new Float32Array(2 * nodes.length);
  nodes.forEach((n, i) => {
    const { x, y } = n.position();
    centres[2 * i] = x;
    centres[2 * i + 1] = y;
  });
  fitPositions(cy, centres);
}

/**
 * Fits the view again once the panels over the canvas are measured, if the last fit was made before that (the case
 * opening) and the analyst has not moved the view since. Later panel changes (a flow chart appearing on selection)
 * leave the view alone: it would jump under the pointer.
 */
export function refitOnceMeasured(cy: Core): void {
  const last = cy.scratch(FITTED) as Fitted | undefined;
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  if (last && !last.measured && last.zoom === zoom && last.pan.x === pan.x && last.pan.y === pan.y) fitView(cy, last.large);
}

interface Fitted {
  zoom: number;
  pan: Position;
  large: boolean;
  /** Whether the covered area was known when this fit was made. */
  measured: boolean;
}

const FITTED = 'fittedViewport';

function fitted(cy: Core, viewport: { zoom: number; pan: Position }, large: boolean): void {
  cy.viewport(viewport);
  // Read back: cytoscape clamps the zoom to its limits.
  const record: Fitted = { zoom: cy.zoom(), pan: { ...cy.pan() }, large, measured: isMeasured(cy) };
  cy.scratch(FITTED, record);
}

/**
 * Fits the view on layout positions ([x0, y0, x1, y1, ...], NaN skipped) before they reach the nodes, so a layout's
 * last redraw already shows the fitted view instead of costing a second one.
 */
export function fitPositions(cy: Core, positions: Float32Array): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  if (Number.isFinite(x1)) fitted(cy, fitting(cy, { x1, y1, x2, y2 }, PADDING), true);
}

/** The pan that puts a model position in the middle of the canvas's open area, at the current zoom. */
export function panToCentre(cy: Core, { x, y }: Position): Position {
  const open = openArea(cy);
  return { x: open.x + open.w / 2 - cy.zoom() * x, y: open.y + open.h / 2 - cy.zoom() * y };
}

/** Whether every one of `eles` is drawn inside the canvas's open area (not off screen, not under a panel). */
export function allInView(cy: Core, eles: Collection): boolean {
  const open = openArea(cy);
  const box = eles.renderedBoundingBox({ includeLabels: false });
  return box.x1 >= open.x && box.y1 >= open.y && box.x2 <= open.x + open.w && box.y2 <= open.y + open.h;
}

/**
 * The viewport that fits `eles` with `padding` in the canvas's open area, its zoom capped like fitView's: a finding of
 * two nodes would otherwise fill the screen at maximum zoom with labels the size of headlines.
 */
export function cappedFit(cy: Core, eles: Collection, padding: number): { zoom: number; pan: Position } {
  return fitting(cy, eles.boundingBox(), padding);
}

function fitting(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }, padding: number): { zoom: number; pan: Position } {
  const open = openArea(cy);
  // A canvas mostly covered (a short window with the drawer open) still shows the graph, under the panels if need be.
  const [w, h] = [Math.max(open.w - 2 * (padding + CAPTION_ROOM), cy.width() / 3), Math.max(open.h - 2 * padding, cy.height() / 3)];
  const zoom = Math.min(MAX_FIT_ZOOM, w / Math.max(box.x2 - box.x1, 1), h / Math.max(box.y2 - box.y1, 1));
  const [centreX, centreY] = [open.x + open.w / 2, open.y + open.h / 2];
  return { zoom, pan: { x: centreX - (zoom * (box.x1 + box.x2)) / 2, y: centreY - (zoom * (box.y1 + box.y2)) / 2 } };
}
