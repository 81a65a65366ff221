import { CHAINS, type Chain } from '../../../shared/domain/chain';

/**
 * `chain IN (...every chain...)`: addresses, transactions and tags are indexed by (chain, key); naming every chain lets
 * a lookup by address text or txid use that index instead of scanning millions of rows. The list is our own constant.
 */
export const ANY_CHAIN = `chain IN (${CHAINS.map((c) => `'${c}'`).join(', ')})`;

/** The chain condition of a lookup and its bound values: the one chain asked for, else every chain (still indexed). */
export function chainCondition(chain: Chain | undefined | null): { sql: string; args: Chain[] } {
  return chain ? { sql: 'chain = ?', args: [chain] } : { sql: ANY_CHAIN, args: [] };
}
