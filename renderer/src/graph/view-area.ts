import type { Core } from 'cytoscape';
import type { Box } from '../../../shared/figure/types';

/** How far the toolbar and the bottom panels, drawn over the canvas, reach into it (screen pixels). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where the canvas is covered, as the workbench measured it: fits keep nodes out of the insets, captions out of the boxes. */
export interface CoveredArea {
  insets: Insets;
  /** The overlays themselves (toolbar, notices, legend, time filter), relative to the canvas. */
  boxes: Box[];
}

const NONE: CoveredArea = { insets: { top: 0, right: 0, bottom: 0, left: 0 }, boxes: [] };
const KEY = 'coveredArea';
/** Emitted on the core when the covered area changes, so captions are placed again. */
export const COVERED_EVENT = 'assay:covered';

export function coveredArea(cy: Core): CoveredArea {
  return (cy.scratch(KEY) as CoveredArea | undefined) ?? NONE;
}

export const isMeasured = (cy: Core): boolean => cy.scratch(KEY) !== undefined;

/** Records the covered area; answers whether it changed. */
export function setCoveredArea(cy: Core, area: CoveredArea): boolean {
  if (JSON.stringify(coveredArea(cy)) === JSON.stringify(area)) return false;
  cy.scratch(KEY, area);
  cy.emit(COVERED_EVENT);
  return true;
}

/** The part of the canvas nothing covers, as a screen box. */
export function openArea(cy: Core): Box {
  const { top, right, bottom, left } = coveredArea(cy).insets;
  return { x: left, y: top, w: Math.max(cy.width() - left - right, 1), h: Math.max(cy.height() - top - bottom, 1) };
}

/**
 * Measures the overlays over the canvas `container`: the insets are the top band's lower edge and the bottom band's
 * upper edge, the boxes every overlay's own rectangle (`transient` ones count as boxes only).
 */
export function measureCovered(container: DOMRect, top: readonly DOMRect[], bottom: readonly DOMRect[], transient: readonly DOMRect[] = []): CoveredArea {
  const rel = (r: DOMRect): Box => ({ x: r.left - container.left, y: r.top - container.top, w: r.width, h: r.height });
  const shown = (r: DOMRect) => r.width > 0 && r.height > 0;
  const topEdge = Math.max(0, ...top.filter(shown).map((r) => r.bottom - container.top));
  const bottomEdge = Math.max(0, ...bottom.filter(shown).map((r) => container.bottom - r.top));
  return {
    insets: { top: Math.round(topEdge), right: 0, bottom: Math.round(bottomEdge), left: 0 },
    boxes: [...top, ...bottom, ...transient].filter(shown).map(rel),
  };
}
