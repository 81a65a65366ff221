import type { Core } from 'cytoscape';
import { isDrawn } from './canvas-counts';

/**
 * The canvas's one selection model: cytoscape's own selection, grown by Shift/Ctrl-click and Shift-drag (box). The
 * inspector shows one element of it (the "primary", the app's selectedId); every toolbar and context-menu action acts
 * on all of it.
 */

/** The selected nodes an action applies to: hidden and time-filtered ones are not acted on unseen. */
export function selectedNodeIds(cy: Core): string[] {
  return cy.nodes(':selected').filter((n) => isDrawn(n)).map((n) => n.id());
}

/** The two ends of a shortest-path search: exactly two selected nodes. */
export function pathEnds(cy: Core): [string, string] | null {
  const ids = selectedNodeIds(cy);
  return ids.length === 2 ? [ids[0]!, ids[1]!] : null;
}

/**
 * Makes the canvas agree with the app's primary selection: an element already in the selection keeps the others
 * (a Shift-click, a right-click inside a box selection); anything else becomes the only selected element.
 */
export function showPrimary(cy: Core, id: string | null): void {
  const element = id ? cy.getElementById(id) : cy.collection();
  if (element.nonempty() && element.selected()) return;
  cy.batch(() => {
    cy.elements(':selected').unselect();
    element.select();
  });
}

/** After a Shift/Ctrl-click or a box selection: the element the inspector should show (the last one added, else any). */
export function primaryAfter(cy: Core, current: string | null, added?: string): string | null {
  if (added && cy.getElementById(added).selected()) return added;
  if (current && cy.getElementById(current).selected()) return current;
  const rest = cy.nodes(':selected').nonempty() ? cy.nodes(':selected') : cy.elements(':selected');
  return rest.nonempty() ? rest.first().id() : null;
}

/** What a click on the canvas does to the selection, from its modifier keys (cytoscape's own rule). */
export const addsToSelection = (e: { originalEvent?: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } }): boolean =>
  Boolean(e.originalEvent && (e.originalEvent.shiftKey || e.originalEvent.ctrlKey || e.originalEvent.metaKey));
