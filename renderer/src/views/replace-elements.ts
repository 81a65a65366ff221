import type { Core, ElementDefinition } from 'cytoscape';
import { animationFrame, nextTask, precompute } from '../layout/cytoscape-adapter';

export type OpenPhase = 'add' | 'style' | 'place' | 'calculate' | 'draw';

/**
 * Replaces everything on the canvas with `elements` (a saved view: positions included, no layout) in several
 * main-thread tasks instead of one: adding (inside a batch, so nothing is drawn half-built), then `place` (viewport
 * or fit), the stylesheet and the renderer's per-element calculations, bounding boxes in slices, then the first
 * drawn frame. At 5,000 nodes each is a few hundred ms; together they were one task of a second or more. `onPhase`
 * reports each phase's end.
 */
export async function replaceElements(cy: Core, elements: ElementDefinition[], place: () => void, onPhase?: (phase: OpenPhase) => void): Promise<void> {
  cy.startBatch();
  try {
    cy.elements().remove();
    cy.add(elements);
    onPhase?.('add');
    await nextTask();
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  if (cy.destroyed()) return;
  onPhase?.('style');
  place();
  onPhase?.('place');
  await precompute(cy);
  if (cy.destroyed()) return;
  onPhase?.('calculate');
  // cytoscape's render loop asked for its frame before this one did, so it has drawn when this resolves.
  if (cy.container()) await animationFrame();
  onPhase?.('draw');
}
