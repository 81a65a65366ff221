import { CHAINS } from '../../../shared/domain/chain';

/**
 * `chain IN (...every chain...)`: addresses and tags are indexed by (chain, address); naming every chain lets a lookup
 * by address text use that index instead of scanning millions of rows. The list is our own constant, not input.
 */
export const ANY_CHAIN = `chain IN (${CHAINS.map((c) => `'${c}'`).join(', ')})`;
