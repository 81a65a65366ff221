import type { Collection, Core, Position } from 'cytoscape';

const MAX_FIT_ZOOM = 1.6;

/**
 * Fits the graph in view. Big graphs fit on node centres (cheap) instead of cytoscape's bounding boxes, which measure
 * every label first.
 */
export function fitView(cy: Core, large: boolean): void {
  if (!large) {
    cy.fit(undefined, 40);
    // A handful of nodes would be blown up to fill the screen; cap the zoom at a readable size.
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
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
  fitBox(cy, x1, y1, x2, y2);
}

function fitBox(cy: Core, x1: number, y1: number, x2: number, y2: number): void {
  if (!Number.isFinite(x1)) return;
  const zoom = Math.min((cy.width() - 80) / Math.max(x2 - x1, 1), (cy.height() - 80) / Math.max(y2 - y1, 1), MAX_FIT_ZOOM);
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
}

/**
 * The viewport that fits `eles` with `padding`, its zoom capped like fitView's: a finding of two nodes would otherwise
 * fill the screen at maximum zoom with labels the size of headlines.
 */
export function cappedFit(cy: Core, eles: Collection, padding: number): { zoom: number; pan: Position } {
  const box = eles.boundingBox();
  const zoom = Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
  return { zoom, pan: { x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2, y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}
