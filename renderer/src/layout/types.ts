/**
 * The small typed graph every layout reads. Index-based (not id-based) so it crosses to the worker as typed arrays
 * without per-node objects; `ids[i]` names node i for the cytoscape adapter.
 */
export interface LayoutGraph {
  ids: readonly string[];
  /** Directed edges as index pairs: [source0, target0, source1, target1, ...]. */
  edges: Uint32Array;
  /** Block height or unix time per node; NaN when unknown. Used by the flow order and the timeline x axis. */
  times?: Float64Array;
  /** Swimlane key per node (wallet, cluster or category); '' for none. Used by the timeline. */
  lanes?: readonly string[];
  /** 1 = the analyst pinned this node: no layout ever moves it. */
  pinned?: Uint8Array;
  /** Current positions [x0, y0, x1, y1, ...]; NaN marks a node that has no position yet (a new node). */
  positions?: Float32Array;
}

export type LayoutKind = 'force' | 'flow' | 'timeline' | 'preset';

export interface ForceOptions {
  /** Iteration budget: the run stops here if it has not converged before. */
  maxIterations?: number;
  /** Converged when the mean move per iteration of the free nodes falls below this share of the layout's extent. */
  tolerance?: number;
  /** Iterations between convergence checks / progress posts. */
  batch?: number;
  /** 'new': nodes that already have a position stay put and only new ones are placed; 'all': everything but pins moves. */
  settle?: 'new' | 'all';
  seed?: number;
}

export interface FlowOptions {
  columnGap?: number;
  rowGap?: number;
  /** Barycentric ordering sweeps (each is O(m + n log n)). */
  sweeps?: number;
}

export interface TimelineOptions {
  /** Width of the time axis in graph units. */
  width?: number;
  rowGap?: number;
  laneGap?: number;
  /** Minimum horizontal distance between two nodes sharing a row inside a lane. */
  minGapX?: number;
  /** Lanes listed here come first in this order; the rest follow sorted by key, so the order never depends on node order. */
  laneOrder?: readonly string[];
}

export interface PresetOptions {
  seed?: number;
}

export interface LayoutOptionsByKind {
  force: ForceOptions;
  flow: FlowOptions;
  timeline: TimelineOptions;
  preset: PresetOptions;
}

/** A horizontal band of the timeline, for drawing lane labels. */
export interface LaneBand {
  key: string;
  y0: number;
  y1: number;
}

export interface LayoutResult {
  /** [x0, y0, x1, y1, ...] in graph (cytoscape model) units, one pair per node of the input. */
  positions: Float32Array;
  /** Force only: iterations run and whether the tolerance was reached inside the budget. */
  iterations?: number;
  converged?: boolean;
  /** Timeline only: lane bands and the time -> x mapping (x = (t - t0) * scale). */
  lanes?: LaneBand[];
  axis?: { t0: number; t1: number; scale: number };
}

export interface LayoutProgress {
  iteration: number;
  maxIterations: number;
  positions: Float32Array;
}
