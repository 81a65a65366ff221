import type Database from 'better-sqlite3';

export interface PoolMatcher {
  listSourceId: number;
  byAddress: Map<string, number>;
  tags: { poolId: number; pattern: string; regex: RegExp }[];
}

/** Loads the pool lists of a case (or one of them) as matchers: payout addresses and compiled coinbase tag regexes. */
export function loadPoolMatchers(db: Database.Database, onlyListSourceId?: number): PoolMatcher[] {
  const lists = db
    .prepare('SELECT DISTINCT list_source_id FROM pools WHERE ? IS NULL OR list_source_id = ? ORDER BY list_source_id')
    .pluck()
    .all(onlyListSourceId ?? null, onlyListSourceId ?? null) as number[];
  const addresses = db.prepare(`SELECT a.address, a.pool_id AS poolId FROM pool_addresses a JOIN pools p ON p.id = a.pool_id
    WHERE p.list_source_id = ? ORDER BY p.id`);
  const tags = db.prepare(`SELECT t.pattern, t.pool_id AS poolId FROM pool_tags t JOIN pools p ON p.id = t.pool_id
    WHERE p.list_source_id = ? ORDER BY p.id, t.pattern`);
  return lists.map((listSourceId) => {
    const byAddress = new Map<string, number>();
    for (const row of addresses.all(listSourceId) as { address: string; poolId: number }[]) {
      if (!byAddress.has(row.address)) byAddress.set(row.address, row.poolId);
    }
    const compiled = (tags.all(listSourceId) as { pattern: string; poolId: number }[]).flatMap((row) => {
      const regex = compilePoolTag(row.pattern);
      return regex ? [{ ...row, regex }] : [];
    });
    return { listSourceId, byAddress, tags: compiled };
  });
}

/** A pool tag as mempool.space applies it: a case-insensitive regex; null when it does not compile. */
export function compilePoolTag(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return null;
  }
}
