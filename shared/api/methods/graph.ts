import { z } from 'zod';
import { method } from '../define';
import { GraphSlice } from '../../domain/graph';
import { ViewData } from '../../domain/view';
import { PathFigureInput } from '../../figure/schema';

/** A graph node id as shared/domain/graph.ts builds it ("address:BTC:..." / "tx:BTC:..."). */
export const GraphNodeId = z.string().regex(/^(address|tx):[A-Z]+:.{1,200}$/, 'expected a graph node id');
const NodeIds = z.array(GraphNodeId).min(1).max(5000);
/** Nodes the canvas already shows: walked through, but neither counted nor limited as new. */
const Shown = z.array(z.string().max(300)).max(50000).default([]);
/** 'out' follows value forward (address -> spending tx -> outputs), 'in' backward, 'both' either way. */
export const ExpandDirection = z.enum(['in', 'out', 'both']);
export type ExpandDirection = z.infer<typeof ExpandDirection>;

export const ExpandCounts = z.object({
  /** New nodes (not among the seeds) reachable from each seed, counted up to `cap`. */
  perNode: z.array(z.object({ nodeId: z.string(), count: z.number().int(), capped: z.boolean() })),
  /** Distinct new nodes over all seeds (counted up to `cap`). */
  total: z.number().int(),
  capped: z.boolean(),
});
export type ExpandCounts = z.infer<typeof ExpandCounts>;

export const SearchHit = z.object({
  nodeId: z.string(),
  kind: z.enum(['address', 'tx']),
  /** What matched: an address or txid prefix, a tag label substring, or the tag's actor (id or name). */
  match: z.enum(['address', 'txid', 'tag', 'actor']),
  label: z.string(),
  /** False for a tagged address or txid that no imported transaction holds: the inspector shows it, the graph cannot. */
  onGraph: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SavedViewInfo = z.object({ id: z.number().int(), name: z.string(), nodes: z.number().int(), updatedAt: z.string() });
export type SavedViewInfo = z.infer<typeof SavedViewInfo>;
const ViewName = z.string().trim().min(1).max(120);

export const FlowPoint = z.object({ time: z.number().int(), received: z.string(), sent: z.string() });
export type FlowPoint = z.infer<typeof FlowPoint>;

/** A stored cluster as the canvas draws it: a box around the members it shows. */
export const CanvasCluster = z.object({
  id: z.string(),
  /** All addresses of the cluster in the case, shown or not. */
  size: z.number().int(),
  label: z.string().nullable(),
  category: z.string().nullable(),
  /** How many conflicting tags the cluster carries (an exchange and a mining pool, say). */
  conflicts: z.number().int(),
  members: z.array(z.string()),
});
export type CanvasCluster = z.infer<typeof CanvasCluster>;

export const graphMethods = {
  'graph.expand': method({
    summary: 'Neighbours of the given nodes up to k hops (inputs, outputs or both), at most `limit` new nodes.',
    params: z
      .object({ nodeIds: NodeIds, shown: Shown, direction: ExpandDirection.default('both'), hops: z.number().int().min(1).max(3).default(1), limit: z.number().int().min(1).max(5000).default(200) })
      .strict(),
    result: GraphSlice,
  }),
  'graph.expandCounts': method({
    summary: 'How many new nodes an expansion would add, per seed and in total, before expanding.',
    params: z
      .object({ nodeIds: NodeIds, shown: Shown, direction: ExpandDirection.default('both'), hops: z.number().int().min(1).max(3).default(1), cap: z.number().int().min(1).max(100000).default(10000) })
      .strict(),
    result: ExpandCounts,
  }),
  'graph.search': method({
    summary: 'Addresses and transactions by address or txid prefix, or by tag label or actor substring.',
    params: z.object({ query: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    result: z.array(SearchHit),
  }),
  'graph.path': method({
    summary: 'A shortest path between two nodes over the address/transaction graph (either direction of value).',
    params: z.object({ from: GraphNodeId, to: GraphNodeId, maxHops: z.number().int().min(1).max(16).default(8) }).strict(),
    result: z.object({ found: z.boolean(), nodeIds: z.array(z.string()), slice: GraphSlice }),
  }),
  'graph.findingPath': method({
    summary: "A finding's path as figure input (shared/figure): its subjects, the transactions between them, the off-chain links of its hash-rental deposits, each node in its role lane.",
    params: z.object({ findingId: z.number().int().min(1) }).strict(),
    result: PathFigureInput,
  }),
  'graph.tracePath': method({
    summary: "A trace's path as figure input: the given transactions (a trace result's) with their addresses, pool coinbases and off-chain links.",
    params: z.object({ txids: z.array(z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/, 'expected a txid')).min(1).max(2000), subjects: z.array(GraphNodeId).max(5000).default([]) }).strict(),
    result: PathFigureInput,
  }),
  'graph.nodes': method({
    summary: 'The given nodes with the ledger edges between them (to redraw a saved view).',
    params: z.object({ nodeIds: z.array(GraphNodeId).max(20000) }).strict(),
    result: GraphSlice,
  }),
  'graph.clusters': method({
    summary: 'The stored clusters of the given addresses (from analysis.run) that hold two or more of them.',
    params: z.object({ nodeIds: z.array(GraphNodeId).max(50000) }).strict(),
    result: z.array(CanvasCluster),
  }),
  'graph.timeRange': method({
    summary: 'Earliest and latest block time (unix seconds) of the case; null when no transaction has a time.',
    params: z.object({}).strict(),
    result: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  }),
  'graph.flows': method({
    summary: 'Value received and sent by one address (or moved by one transaction) per transaction time.',
    params: z.object({ nodeId: GraphNodeId }).strict(),
    result: z.array(FlowPoint),
  }),
  'graph.viewSvg': method({
    summary: 'A view drawn as a standalone SVG by the report engine (the same figure as in evidence packages).',
    params: z.object({ view: ViewData, width: z.number().int().min(200).max(4000).default(1200), height: z.number().int().min(200).max(4000).default(800) }).strict(),
    result: z.object({ svg: z.string(), nodes: z.number().int() }),
  }),
  'views.list': method({
    summary: 'Saved graph views, by name.',
    params: z.object({}).strict(),
    result: z.array(SavedViewInfo),
  }),
  'views.get': method({
    summary: 'One saved view: its data and the graph slice of its nodes.',
    params: z.object({ id: z.number().int().min(1) }).strict(),
    result: z.object({ info: SavedViewInfo, data: ViewData, slice: GraphSlice }),
  }),
  'views.save': method({
    summary: 'Save a view under a name (replacing one of the same name); audited.',
    params: z.object({ name: ViewName, data: ViewData }).strict(),
    result: SavedViewInfo,
  }),
  'views.delete': method({
    summary: 'Delete a saved view; audited.',
    params: z.object({ id: z.number().int().min(1) }).strict(),
    result: z.object({ deleted: z.boolean() }),
  }),
};
