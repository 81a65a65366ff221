import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import type { GraphSlice } from '../../../../shared/domain/graph';
import { toElements } from '../graph-elements';

/** Everything an edit can change, as cytoscape element JSON (data, position, classes, parent, selection). */
export type CanvasState = ElementDefinition[];

export const snapshot = (cy: Core): CanvasState => cy.elements().jsons() as unknown as CanvasState;

/** Puts the canvas back exactly as snapshotted; compound parents are added before their children. */
export function restore(cy: Core, state: CanvasState): void {
  const parents = state.filter((e) => e.group === 'nodes' && e.classes?.toString().includes('group'));
  const rest = state.filter((e) => !parents.includes(e));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(parents);
    cy.add(rest);
  });
}

/** Graph nodes on the canvas, without group boxes and a path view's titles, fans and services (no ledger identity). */
export const ledgerNodes = (cy: Core): NodeCollection => cy.nodes().not('.group, .figure-only');

/**
 * Adds the nodes and edges of a slice the canvas does not show yet; returns the ids of the new nodes. An edge is
 * skipped when the same pair is already joined (slices from different queries name the same flow alike).
 */
export function addSlice(cy: Core, slice: GraphSlice): string[] {
  const added: string[] = [];
  const elements = toElements(slice).filter((el) => {
    const id = el.data.id as string;
    if (el.group === 'nodes') {
      if (cy.getElementById(id).nonempty()) return false;
      added.push(id);
      return true;
    }
    const { source, target } = el.data as { source: string; target: string };
    return cy.getElementById(id).empty() && cy.getElementById(source).edgesTo(cy.getElementById(target)).empty();
  });
  cy.add(elements);
  return added;
}
