import { z } from 'zod';

export const DIALECTS = ['bigquery', 'duckdb'] as const;
export const Dialect = z.enum(DIALECTS);
export type Dialect = z.infer<typeof Dialect>;

/** What `assay extract` and the "Extract neighbourhood…" dialog ask of a whole-chain copy. */
export const ExtractSpec = z.object({
  /** Seeds: addresses (every transaction paying or spending it) or txids. */
  from: z.array(z.string().min(1).max(200)).min(1).max(1000),
  hops: z.number().int().min(0).max(20),
  /** Unix seconds bounds on the block time (both inclusive); null: unbounded. */
  since: z.number().int().min(0).nullable(),
  until: z.number().int().min(0).nullable(),
  /** Transactions with more inputs plus outputs are left out, as `assay trace --max-degree` does. */
  maxDegree: z.number().int().min(1).max(1_000_000).nullable(),
  dialect: Dialect,
});
export type ExtractSpec = z.infer<typeof ExtractSpec>;
