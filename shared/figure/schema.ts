import { z } from 'zod';
import type { FigureFlow, FigureInputNode, Role } from './types';

const ROLE_IDS = ['source', 'perpetrator', 'rental_deposit', 'rental_service', 'coinbase', 'payout', 'commingled', 'spend', 'destination'] as const satisfies readonly Role[];
const Amount = z.string().regex(/^-?\d+$/).nullable();

/** The figure input as the API carries it (graph.findingPath, graph.tracePath); checked against types.ts. */
export const FigureInputNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(['address', 'tx', 'cluster', 'service']),
  role: z.enum(ROLE_IDS),
  chain: z.string(),
  key: z.string(),
  label: z.string().nullable(),
  labelSource: z.string().nullable(),
  entity: z.string().nullable().optional(),
  category: z.string().nullable(),
  amount: Amount,
  time: z.number().int().nullable(),
  subject: z.boolean(),
  degree: z.number().int(),
  coinbase: z.boolean().optional(),
  selected: z.boolean().optional(),
  pinned: z.boolean().optional(),
}) satisfies z.ZodType<FigureInputNode>;

export const FigureFlowSchema = z.object({
  from: z.string(),
  to: z.string(),
  amount: Amount,
  time: z.number().int().nullable(),
  kind: z.enum(['ledger', 'offchain']),
  reference: z.string().nullable().optional(),
}) satisfies z.ZodType<FigureFlow>;

export const PathFigureInput = z.object({
  nodes: z.array(FigureInputNodeSchema),
  flows: z.array(FigureFlowSchema),
  /** Transactions left out beyond the figure's limit (the tables list them). */
  truncated: z.number().int(),
});
export type PathFigureInput = z.infer<typeof PathFigureInput>;
