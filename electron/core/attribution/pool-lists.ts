import type Database from 'better-sqlite3';
import type { PoolTagSyntax } from '../import/records';
import type { CoinbaseReadings } from './coinbase-text';

export interface PoolTagMatcher {
  poolId: number;
  pattern: string;
  matches(text: CoinbaseReadings): boolean;
}

export interface PoolMatcher {
  listSourceId: number;
  byAddress: Map<string, number>;
  tags: PoolTagMatcher[];
}

/** Loads the pool lists of a case (or one of them) as matchers: payout addresses and coinbase tags. */
export function loadPoolMatchers(db: Database.Database, onlyListSourceId?: number): PoolMatcher[] {
  const lists = db
    .prepare('SELECT DISTINCT list_source_id FROM pools WHERE ? IS NULL OR list_source_id = ? ORDER BY list_source_id')
    .pluck()
    .all(onlyListSourceId ?? null, onlyListSourceId ?? null) as number[];
  const addresses = db.prepare(`SELECT a.address, a.pool_id AS poolId FROM pool_addresses a JOIN pools p ON p.id = a.pool_id
    WHERE p.list_source_id = ? ORDER BY p.id`);
  const tags = db.prepare(`SELECT t.pattern, t.syntax, t.pool_id AS poolId FROM pool_tags t JOIN pools p ON p.id = t.pool_id
    WHERE p.list_source_id = ? ORDER BY p.id, t.pattern`);
  return lists.map((listSourceId) => {
    const byAddress = new Map<string, number>();
    for (const row of addresses.all(listSourceId) as { address: string; poolId: number }[]) {
      if (!byAddress.has(row.address)) byAddress.set(row.address, row.poolId);
    }
    const matchers = (tags.all(listSourceId) as { pattern: string; syntax: PoolTagSyntax; poolId: number }[]).flatMap((row) => {
      const matches = poolTagMatcher(row.pattern, row.syntax);
      return matches ? [{ poolId: row.poolId, pattern: row.pattern, matches }] : [];
    });
    return { listSourceId, byAddress, tags: matchers };
  });
}

/**
 * A pool tag as a matcher over both readings of a scriptSig, case-insensitive: a regular expression (pools-v2.json, as
 * mempool.space applies it) or literal text (legacy pools.json). Null when a regular expression does not compile.
 */
export function poolTagMatcher(pattern: string, syntax: PoolTagSyntax): ((text: CoinbaseReadings) => boolean) | null {
  if (syntax === 'literal') {
    const needle = pattern.toLowerCase();
    return (text) => text.utf8.toLowerCase().includes(needle) || text.bytes.toLowerCase().includes(needle);
  }
  try {
    const regex = new RegExp(pattern, 'i');
    return (text) => regex.test(text.utf8) || regex.test(text.bytes);
  } catch {
    return null;
  }
}
