import type { Core, NodeSingular } from 'cytoscape';

export interface CanvasCounts { nodes: number; edges: number }

/**
 * What the canvas draws now: nodes and edges left after hiding, the time filter, folding and the address-flow view
 * (an open box is a frame, not a node; a folded box is one node).
 */
export function canvasCounts(cy: Core): CanvasCounts {
  const drawn = new Set(cy.nodes().filter((n) => isDrawn(n)).map((n) => n.id()));
  return {
    nodes: cy.nodes().filter((n) => !n.isParent() && drawn.has(n.id())).length,
    edges: cy.edges().filter((e) => !e.is(HIDING) && drawn.has(e.source().id()) && drawn.has(e.target().id())).length,
  };
}

/** The classes that take an element off the canvas (workbench-style gives them display: none). */
export const HIDING = '.hidden, .time-hidden, .flow-folded';

/**
 * Whether a node is drawn: neither it nor a box around it is hidden. Read from the classes, not cytoscape's visible(),
 * which caches its answer until the next style pass.
 */
export const isDrawn = (n: NodeSingular): boolean => !n.is(HIDING) && n.ancestors().filter((p) => p.is(HIDING)).empty();
