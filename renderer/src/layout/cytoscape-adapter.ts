import type { Core } from 'cytoscape';

/**
 * Moves cytoscape nodes to layout positions in one batch (one style/render pass instead of one per node). Ids that are
 * not in the graph (removed meanwhile) are skipped.
 */
export function applyPositions(cy: Core, ids: readonly string[], positions: Float32Array): void {
  cy.batch(() => {
    ids.forEach((id, i) => {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    });
  });
}

/** The current positions of `ids` as a layout input; NaN for ids cytoscape does not have (new nodes to place). */
export function readPositions(cy: Core, ids: readonly string[]): Float32Array {
  const positions = new Float32Array(2 * ids.length).fill(Number.NaN);
  ids.forEach((id, i) => {
    const node = cy.getElementById(id);
    if (node.nonempty()) {
      const { x, y } = node.position();
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    }
  });
  return positions;
}
