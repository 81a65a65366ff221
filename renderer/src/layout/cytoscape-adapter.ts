import type { Core, NodeSingular } from 'cytoscape';

/** The cytoscape node of each id, looked up once (null for ids the graph does not have). */
const nodesOf = (cy: Core, ids: readonly string[]): (NodeSingular | null)[] =>
  ids.map((id) => {
    const node = cy.getElementById(id);
    return node.nonempty() && node.isNode() ? node : null;
  });

/**
 * Moves cytoscape nodes to layout positions in one batch (one style/render pass instead of one per node). Ids that are
 * not in the graph (removed meanwhile) are skipped.
 */
export function applyPositions(cy: Core, ids: readonly string[], positions: Float32Array): void {
  moveNodes(cy, nodesOf(cy, ids), positions, 0, ids.length);
}

/** Moves `count` nodes starting at index `start` (wrapping around) in one cytoscape batch; removed nodes are skipped. */
function moveNodes(cy: Core, nodes: readonly (NodeSingular | null)[], positions: Float32Array, start: number, count: number): void {
  cy.batch(() => {
    for (let k = 0; k < count; k++) {
      const i = (start + k) % nodes.length;
      const node = nodes[i];
      if (node && !node.removed()) node.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
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

export const animationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the renderer's queued per-element calculations (bounding boxes, edge end points) now rather than inside the
 * next draw. Not in cytoscape's typings; headless instances have no renderer.
 */
export function flushCalculations(cy: Core): void {
  renderer(cy)?.flushRenderedStyleQueue?.();
}

/** The canvas renderer's internals used here; not in cytoscape's typings, absent on headless instances. */
function renderer(cy: Core): { flushRenderedStyleQueue?(): void; getCachedZSortedEles?(): unknown } | null | undefined {
  return (cy as unknown as { renderer?(): ReturnType<typeof renderer> }).renderer?.();
}

/**
 * Computes every element's bounding box now, 2,500 elements per main-thread task. cytoscape's draw computes the ones
 * it finds dirty inside the drawing frame (edges go dirty when either end moves): after a layout at 5,000 nodes that
 * made the frame ~1.5-2x a plain redraw. Boxes still clean cost a cache check.
 */
export async function warmBoundingBoxes(cy: Core, yieldTask: () => Promise<void> = nextTask): Promise<void> {
  const elements = cy.elements();
  for (let from = 0; from < elements.length && !cy.destroyed(); from += 2500) {
    elements.slice(from, from + 2500).boundingBox();
    await yieldTask();
  }
}

/**
 * Does the next frame's per-element work now (the renderer's calculations and drawing order, then bounding boxes in
 * slices) with drawing held off by a batch, so that frame only draws: for a change that dirtied thousands of
 * elements (a view opened, a slice added).
 */
export async function precompute(cy: Core, yieldTask: () => Promise<void> = nextTask): Promise<void> {
  cy.startBatch();
  try {
    flushCalculations(cy);
    // The drawing order (every element sorted by z-index) is rebuilt after an add or a remove.
    renderer(cy)?.getCachedZSortedEles?.();
    await yieldTask();
    await warmBoundingBoxes(cy, yieldTask);
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/**
 * Streams positions onto the canvas `chunk` nodes per main-thread task, round-robin, always from the latest positions
 * given. At 5,000 nodes one cytoscape redraw is the largest unit of main-thread work (~0.2 s), so the whole stream runs
 * inside one cytoscape batch: nothing is drawn while chunks move (each chunk's calculations are flushed in its own
 * task, never in a drawing frame, and bounding boxes are warmed before the batch ends), and the canvas redraws once,
 * in the frame after every node has the latest positions. `idle()` resolves after that frame.
 */
export class FramedPositions {
  private latest: Float32Array | null = null;
  private cursor = 0;
  private remaining = 0;
  private running = false;
  private waiters: (() => void)[] = [];
  private readonly nodes: (NodeSingular | null)[];

  constructor(
    private readonly cy: Core,
    ids: readonly string[],
    private readonly chunk = 500,
    private readonly yieldTask: () => Promise<void> = nextTask,
    private readonly nextFrame: () => Promise<void> = animationFrame,
  ) {
    this.nodes = nodesOf(cy, ids);
  }

  update(positions: Float32Array): void {
    this.latest = positions;
    this.remaining = this.nodes.length;
    void this.run();
  }

  idle(): Promise<void> {
    return this.remaining === 0 && !this.running ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.cy.startBatch();
    try {
      while (this.remaining > 0 && this.latest && !this.cy.destroyed()) {
        const count = Math.min(this.chunk, this.remaining);
        moveNodes(this.cy, this.nodes, this.latest, this.cursor, count);
        flushCalculations(this.cy);
        this.cursor = (this.cursor + count) % this.nodes.length;
        this.remaining -= count;
        await this.yieldTask();
      }
      await warmBoundingBoxes(this.cy, this.yieldTask);
    } finally {
      if (!this.cy.destroyed()) this.cy.endBatch();
    }
    // The stream's one redraw happens in this frame.
    await this.nextFrame();
    this.remaining = 0;
    this.running = false;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
