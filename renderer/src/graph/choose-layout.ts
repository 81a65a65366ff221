import type { LayoutOptions } from 'cytoscape';

/** Above this many nodes a hierarchical layout costs more than it shows; a grid is instant (TOOLCHAIN.md timings). */
export const HIERARCHY_LIMIT = 400;

/**
 * Small graphs: breadthfirst turned to flow left to right (inputs -> tx -> outputs), the way money is read.
 * Big graphs: grid. Never cose/fcose at size: minutes at a few thousand nodes.
 */
export function chooseLayout(nodeCount: number): LayoutOptions {
  if (nodeCount <= HIERARCHY_LIMIT) {
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
  return { name: 'grid', padding: 30, animate: false, avoidOverlap: true, condense: true };
}
