// What the benchmark page measures and returns to its driver (e2e/bench/ui-bench.ts); plain JSON values.

export interface LongTaskSummary {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** Where opening a saved view spends its time, in order. */
export interface OpenPhases {
  /** Building the element definitions (data, classes, saved positions). */
  elementsMs: number;
  /** An empty cytoscape canvas with the stylesheet. */
  initMs: number;
  /** One cy.add of every element inside a batch (then a yield: the next phases are another task). */
  addMs: number;
  /** Ending the batch (cytoscape only marks styles dirty here). */
  styleMs: number;
  /** Fit on node centres. */
  fitMs: number;
  /** The stylesheet applied to every element (lazily, here) and the renderer's per-element calculations (bounding
   * boxes, edge end points), flushed before the first draw. */
  calculateMs: number;
  /** Until cytoscape's first drawn frame (a task of its own). */
  firstRenderMs: number;
}

export interface OpenResult {
  nodes: number;
  edges: number;
  phases: OpenPhases;
  /** From building the elements of the saved view to the frame that shows its captions. */
  totalMs: number;
  /** Captions the caption layer drew (the winners of their place on screen). */
  captions: number;
  /** One full redraw of the canvas (after a 1-pixel pan): the least any canvas update costs on this machine now. */
  redrawMs: number;
  longTasks: LongTaskSummary;
}

export interface WorkerLayoutResult {
  ms: number;
  iterations: number;
  converged: boolean;
  progressUpdates: number;
  longTasks: LongTaskSummary;
}

export interface ExpandResult {
  addedNodes: number;
  addedEdges: number;
  ms: number;
  forceIterations: number;
  /** Largest move of a node that was on the canvas before the expansion (incremental placement must keep it 0). */
  oldNodeMaxDrift: number;
  /** Captions drawn once the expansion settled. */
  captions: number;
  longTasks: LongTaskSummary;
}

export interface CheapLayoutsResult {
  flowMs: number;
  timelineMs: number;
  presetMs: number;
}

export interface CoseResult {
  ms: number;
  capped: boolean;
  capMs: number;
  /** Iterations cose completed before it stopped, and the iterations it needs to cool down (for a projection). */
  iterationsDone: number;
  iterationsToFinish: number;
  longTasks: LongTaskSummary;
}

/**
 * Stock cytoscape (its default stylesheet, no caption layer) opening the same saved view: the floor this browser and
 * machine set, measured in the same run, so the open and redraw times above read as Assay's cost over it.
 */
export interface StockFloorResult {
  /** From creating the canvas with every element to its first drawn frame. */
  openMs: number;
  redrawMs: number;
}

export interface BenchApi {
  /** Opens an overview-sized view (300 nodes) as the workspace does before any saved view; answers its time. */
  warmUp(): Promise<number>;
  stockFloor(): Promise<StockFloorResult>;
  openSavedView(): Promise<OpenResult>;
  workerLayout(): Promise<WorkerLayoutResult>;
  expand(): Promise<ExpandResult>;
  cheapLayouts(): CheapLayoutsResult;
  cose(capMs: number): Promise<CoseResult>;
}

/** The page publishes its API on window for the driver's page.evaluate calls. */
export interface BenchWindow {
  assayBench: BenchApi;
}

export const BENCH_SIZE = { nodes: 5000, edges: 10000, expand: 500, expandAnchors: 50, seed: 20240501 } as const;
