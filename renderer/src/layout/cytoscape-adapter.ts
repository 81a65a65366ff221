import type { Core } from 'cytoscape';

/**
 * Moves cytoscape nodes to layout positions in one batch (one style/render pass instead of one per node). Ids that are
 * not in the graph (removed meanwhile) are skipped.
 */
export function applyPositions(cy: Core, ids: readonly string[], positions: Float32Array): void {
  moveNodes(cy, ids, positions, 0, ids.length);
}

/** Moves `count` nodes starting at index `start` (wrapping around) in one cytoscape batch. */
function moveNodes(cy: Core, ids: readonly string[], positions: Float32Array, start: number, count: number): void {
  cy.batch(() => {
    for (let k = 0; k < count; k++) {
      const i = (start + k) % ids.length;
      const node = cy.getElementById(ids[i]!);
      if (node.nonempty()) node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
    }
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

const animationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Streams positions onto the canvas `chunk` nodes per animation frame, round-robin, always from the latest
 * positions given: cytoscape redraws the whole graph after every change, so moving 5,000 nodes in one frame makes one
 * long main-thread task, while chunks keep each frame short. `idle()` resolves once every node shows the latest.
 */
export class FramedPositions {
  private latest: Float32Array | null = null;
  private cursor = 0;
  private remaining = 0;
  private running = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly cy: Core,
    private readonly ids: readonly string[],
    private readonly chunk = 1000,
    private readonly nextFrame: () => Promise<void> = animationFrame,
  ) {}

  update(positions: Float32Array): void {
    this.latest = positions;
    this.remaining = this.ids.length;
    void this.run();
  }

  idle(): Promise<void> {
    return this.remaining === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    while (this.remaining > 0 && this.latest && !this.cy.destroyed()) {
      const count = Math.min(this.chunk, this.remaining);
      moveNodes(this.cy, this.ids, this.latest, this.cursor, count);
      this.cursor = (this.cursor + count) % this.ids.length;
      this.remaining -= count;
      await this.nextFrame();
    }
    this.remaining = 0;
    this.running = false;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
