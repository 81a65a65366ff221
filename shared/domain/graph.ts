import { z } from 'zod';
import { Amount } from './ledger';

export const GraphNode = z.object({
  id: z.string(),
  kind: z.enum(['address', 'tx']),
  label: z.string(),
  /** Category of the strongest tag, or null when nothing is known. */
  category: z.string().nullable(),
  time: z.number().int().nullable(),
  isCoinbase: z.boolean(),
  /** What an investigator calls an address: its strongest tag's label (or actor), else its cluster's label. */
  tag: z.string().nullable().optional(),
  /** A transaction's total output value in base units (what its caption shows with its date). */
  value: Amount.optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  value: Amount,
  /** 'offchain': an analyst's off-chain link (a rental order's deposit -> payout address), not a ledger flow. */
  kind: z.enum(['ledger', 'offchain']).optional(),
  /** What justifies an off-chain link (service and order reference), shown on hover. */
  note: z.string().max(300).optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphSlice = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** True when the case holds more than the slice shows. */
  truncated: z.boolean(),
});
export type GraphSlice = z.infer<typeof GraphSlice>;

/** Graph node ids are typed so the renderer can route a selection: "address:BTC:1A1z..." or "tx:BTC:4a5e...". */
export const nodeId = (kind: 'address' | 'tx', chain: string, key: string): string => `${kind}:${chain}:${key}`;
export function parseNodeId(id: string): { kind: 'address' | 'tx'; chain: string; key: string } | null {
  const m = /^(address|tx):([A-Z]+):(.+)$/.exec(id);
  return m ? { kind: m[1] as 'address' | 'tx', chain: m[2] as string, key: m[3] as string } : null;
}
