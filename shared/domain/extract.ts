import { z } from 'zod';

export const DIALECTS = ['bigquery', 'duckdb'] as const;
export const Dialect = z.enum(DIALECTS);
export type Dialect = z.infer<typeof Dialect>;

/** Chains with a public whole-chain copy: crypto_bitcoin.transactions; crypto_ethereum transactions and token_transfers. */
export const EXTRACT_CHAINS = ['BTC', 'ETH'] as const;
export const ExtractChain = z.enum(EXTRACT_CHAINS);
export type ExtractChain = z.infer<typeof ExtractChain>;

/** What `assay extract` and the "Extract neighbourhood…" dialog ask of a whole-chain copy. */
export const ExtractSpec = z.object({
  chain: ExtractChain.default('BTC'),
  /** Seeds: addresses (every transaction paying or spending it) or txids. */
  from: z.array(z.string().min(1).max(200)).min(1).max(1000),
  hops: z.number().int().min(0).max(20),
  /** Unix seconds bounds on the block time (both inclusive); null: unbounded. */
  since: z.number().int().min(0).nullable(),
  until: z.number().int().min(0).nullable(),
  /**
   * BTC: transactions with more inputs plus outputs are left out, as `assay trace --max-degree` does. ETH: addresses
   * with more transfers in scope are not stepped through (exchange hot wallets, routers).
   */
  maxDegree: z.number().int().min(1).max(1_000_000).nullable(),
  dialect: Dialect,
});
/** As callers write it (chain defaults to BTC). */
export type ExtractSpec = z.input<typeof ExtractSpec>;
