import type { ActorRecord } from '../import/records';

/**
 * Hash-rental marketplaces (DESIGN 1, 4): where stolen funds buy hash power that pools repay in fresh coins.
 * Built into every case so analysts can tag deposit addresses with these actors from the start.
 */
export const BUILTIN_ACTORS: readonly ActorRecord[] = [
  { kind: 'actor', id: 'nicehash', label: 'NiceHash', categories: ['hash_rental_marketplace'], uri: 'https://www.nicehash.com' },
  { kind: 'actor', id: 'hashing24', label: 'Hashing24', categories: ['hash_rental_marketplace'], uri: 'https://hashing24.com' },
  { kind: 'actor', id: 'miningrigrentals', label: 'MiningRigRentals', categories: ['hash_rental_marketplace'], uri: 'https://www.miningrigrentals.com' },
];
