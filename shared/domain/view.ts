import { z } from 'zod';

/** A node's saved position in graph coordinates (cytoscape model units; the engine rescales them for figures). */
export const ViewPosition = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Per-node styling the analyst chose; colors are #rrggbb so nothing else can reach an SVG attribute. */
export const ViewNodeStyle = z.object({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  label: z.string().max(200).optional(),
});

/**
 * What `views.data` holds (JSON). The nodes of a view are the keys of `positions` (graph node ids, see
 * shared/domain/graph.ts nodeId); edges are derived from the ledger between those nodes.
 */
export const ViewData = z.object({
  version: z.literal(1).default(1),
  positions: z.record(z.string(), ViewPosition).default({}),
  hidden: z.array(z.string()).default([]),
  pinned: z.array(z.string()).default([]),
  styles: z.record(z.string(), ViewNodeStyle).default({}),
  /** Free-form UI filters (min amount, time window ...); the report lists them, it does not interpret them. */
  filters: z.record(z.string(), z.unknown()).default({}),
});
export type ViewData = z.output<typeof ViewData>;
export type ViewDataInput = z.input<typeof ViewData>;

/** The view Assay keeps by itself per case (the canvas as the analyst left it); reopening the case restores it. */
export const LAST_SESSION_VIEW = 'Last session (auto-saved)';
