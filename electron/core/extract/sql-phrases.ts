import { AppError } from '../../../shared/api/errors';
import type { Dialect, ExtractSpec } from '../../../shared/domain/extract';

/** What differs between the dialects the extract SQL is written in. */
export interface Phrases {
  hash: string;
  /** FROM item unnesting a repeated field of alias `of` as `as`. */
  unnest(of: string, field: string, as: string): string;
  /** A condition: the repeated string field holds one of the listed values. */
  anyOf(list: string, values: string): string;
  time(seconds: number): string;
  union: string;
  /** A FROM item: one row per listed string, as column `as`. */
  values(list: string, as: string): string;
}

export const PHRASES: Record<Dialect, Phrases> = {
  bigquery: {
    hash: '`hash`',
    unnest: (of, field, as) => `UNNEST(${of}.${field}) AS ${as}`,
    anyOf: (list, values) => `EXISTS (SELECT 1 FROM UNNEST(${list}) AS a WHERE a IN (${values}))`,
    time: (s) => `TIMESTAMP_SECONDS(${s})`,
    union: 'UNION DISTINCT',
    values: (list, as) => `UNNEST([${list}]) AS ${as}`,
  },
  duckdb: {
    hash: '"hash"',
    unnest: (of, field, as) => `UNNEST(${of}.${field}) AS u_${as}(${as})`,
    anyOf: (list, values) => `list_has_any(${list}, [${values}])`,
    time: (s) => `${s}`,
    union: 'UNION',
    values: (list, as) => `(SELECT unnest([${list}]) AS ${as})`,
  },
};

/** Seeds as SQL string literals. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** The time bounds on the block_timestamp column of alias `t` (bare when empty), in the dialect's terms. */
export const timeBounds = (spec: ExtractSpec, t: string): string[] => {
  const p = PHRASES[spec.dialect];
  return [
    spec.since === null ? null : `${t}block_timestamp >= ${p.time(spec.since)}`,
    spec.until === null ? null : `${t}block_timestamp <= ${p.time(spec.until)}`,
  ].filter((b): b is string => b !== null);
};


/** What a seed of a chain looks like: letters and digits only, so a seed can never close its SQL string literal. */
export interface SeedPatterns {
  txid: RegExp;
  address: RegExp;
  /** Addresses are stored lower-case (Ethereum's crypto_ethereum); Base58 is case-sensitive. */
  lowerAddresses: boolean;
}

export const BITCOIN_SEEDS: SeedPatterns = { txid: /^[0-9a-f]{64}$/, address: /^[0-9A-Za-z]{14,100}$/, lowerAddresses: false };
export const ETHEREUM_SEEDS: SeedPatterns = { txid: /^0x[0-9a-f]{64}$/, address: /^0x[0-9a-f]{40}$/, lowerAddresses: true };

/** Checks the seeds and splits them into txids and addresses (refusing anything else, with the seed named). */
export function splitSeeds(from: readonly string[], patterns: SeedPatterns): { txids: string[]; addresses: string[] } {
  const txids: string[] = [];
  const addresses: string[] = [];
  for (const seed of from) {
    const lower = seed.toLowerCase();
    if (patterns.txid.test(lower)) txids.push(lower);
    else if (patterns.address.test(patterns.lowerAddresses ? lower : seed)) addresses.push(patterns.lowerAddresses ? lower : seed);
    else throw new AppError('VALIDATION', `--from: neither a txid nor an address: ${JSON.stringify(seed.slice(0, 100))}`, { field: 'from', seed: seed.slice(0, 100) });
  }
  if (txids.length + addresses.length === 0) throw new AppError('VALIDATION', '--from: at least one address or txid is needed.', { field: 'from' });
  return { txids, addresses };
}
