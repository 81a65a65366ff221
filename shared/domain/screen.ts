import { z } from 'zod';
import { Amount } from './ledger';

/** Addresses to screen (a pool's payout addresses, a marketplace's deposit addresses) and how far to look. */
export const ScreenParams = z.object({
  addresses: z.array(z.string().min(1).max(200)).min(1).max(1_000_000),
  /** Hops from a tagged source; the default is the case's taint reach (analysis settings). */
  hops: z.number().int().min(1).max(50).optional(),
});
export type ScreenParams = z.infer<typeof ScreenParams>;

/** One screened address: its haircut exposure to abuse-tagged funds and the nearest tagged source. */
export const ScreenRow = z.object({
  address: z.string(),
  /** Share 0..1 of the value it received that is tainted under haircut. */
  exposure: z.number().min(0).max(1),
  /** Hops from the nearest tagged source (0: the address is tagged itself); null when no source reaches it. */
  hops: z.number().int().nullable(),
  entity: z.string().nullable(),
  category: z.string().nullable(),
  /** A path on the graph: the source address, then per hop the transaction and the address it paid; empty when not reached. */
  path: z.array(z.string()),
  /** Satoshi received in the case and its tainted part; null for an address the case does not hold. */
  received: Amount.nullable(),
  tainted: Amount.nullable(),
});
export type ScreenRow = z.infer<typeof ScreenRow>;

export const ScreenResult = z.object({
  rows: z.array(ScreenRow),
  stats: z.object({ addresses: z.number().int(), exposed: z.number().int(), notInCase: z.number().int(), sourceOutputs: z.number().int(), hops: z.number().int(), seconds: z.number() }),
});
export type ScreenResult = z.infer<typeof ScreenResult>;
