import type { LayoutOptions } from 'cytoscape';

/** Above this many nodes a hierarchical layout costs more than it shows; a grid is instant (TOOLCHAIN.md timings). */
export const HIERARCHY_LIMIT = 400;
export const isLarge = (nodeCount: number): boolean => nodeCount > HIERARCHY_LIMIT;

/** Grid pitch in model pixels: a node plus room for its label when zoomed in. */
const CELL = 34;

/**
 * Small graphs: breadthfirst turned to flow left to right (inputs -> tx -> outputs), the way money is read.
 * Big graphs: a preset grid in the slice's order (a transaction sits next to the addresses it touches), computed
 * here in O(n): cytoscape's own grid measures every label first, seconds at a few thousand nodes.
 * Never cose/fcose at size: minutes at a few thousand nodes.
 */
export function chooseLayout(nodeIds: readonly string[], aspect = 1.5): LayoutOptions {
  if (!isLarge(nodeIds.length)) {
    return {
      name: 'breadthfirst',
      directed: true,
      spacingFactor: 1,
      padding: 40,
      animate: false,
      // breadthfirst stacks levels top to bottom; swapping the axes makes money flow left to right.
      transform: (_node, position) => ({ x: position.y * 1.6, y: position.x * 0.7 }),
    };
  }
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodeIds.length * aspect)));
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  return {
    name: 'preset',
    animate: false,
    fit: false,
    positions: (node: { id(): string }) => {
      const i = index.get(node.id()) ?? 0;
      return { x: (i % columns) * CELL, y: Math.floor(i / columns) * CELL };
    },
  } as LayoutOptions;
}
