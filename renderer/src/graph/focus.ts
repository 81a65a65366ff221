import type { Core } from 'cytoscape';

/**
 * A highlight (a finding's subjects, a trace's addresses, a found path) as two classes: the highlighted nodes and the
 * edges between them keep their look (`focus` only raises them), everything else fades (`faded`). Fill, border and
 * shape never change, so a node's colour keeps meaning its category; clearing removes both classes and nothing else.
 * Boxes holding a highlighted node do not fade (a box's opacity would fade its members too).
 */
export function applyFocus(cy: Core, nodeIds: readonly string[] | null): void {
  cy.batch(() => {
    cy.elements('.focus, .faded').removeClass('focus faded');
    if (!nodeIds) return;
    let nodes = cy.collection();
    for (const id of nodeIds) nodes = nodes.union(cy.getElementById(id));
    const focused = nodes.union(nodes.edgesWith(nodes));
    focused.addClass('focus');
    cy.elements().not(focused).not(nodes.ancestors()).addClass('faded');
  });
}
