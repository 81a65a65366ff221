import { z } from 'zod';

/** Chains Assay models. UTXO chains keep inputs/outputs; account chains keep transfers. */
export const CHAINS = ['BTC', 'LTC', 'BCH', 'ETH', 'ETC'] as const;
export const Chain = z.enum(CHAINS);
export type Chain = z.infer<typeof Chain>;

export const UTXO_CHAINS: readonly Chain[] = ['BTC', 'LTC', 'BCH'];
export const isUtxoChain = (chain: Chain): boolean => UTXO_CHAINS.includes(chain);

/** 64 hex digits: txids and block hashes of every supported chain (ETH hashes carry a 0x prefix). */
export const Hash32 = z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/, 'expected a 32-byte hex hash');
