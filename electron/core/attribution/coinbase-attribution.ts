import type Database from 'better-sqlite3';
import { coinbaseReadings, type CoinbaseReadings } from './coinbase-text';
import { loadPoolMatchers, type PoolMatcher } from './pool-lists';

/** Pool lists describe Bitcoin mining pools; other chains' coinbases are left unattributed. */
const ATTRIBUTED_CHAIN = 'BTC';

/** The coinbases a ledger source brought, every coinbase against one new list, or those some list has not answered yet. */
export type AttributionScope = { ledgerSourceId: number } | { listSourceId: number } | { unanswered: true };

interface Coinbase {
  id: number;
  coinbaseScript: string | null;
}

const COINBASES = `SELECT t.id, t.coinbase_script AS coinbaseScript FROM transactions t WHERE t.is_coinbase = 1 AND t.chain = '${ATTRIBUTED_CHAIN}'`;

function coinbasesIn(db: Database.Database, scope: AttributionScope): Coinbase[] {
  if ('ledgerSourceId' in scope) {
    return db.prepare(`${COINBASES} AND t.id IN (SELECT tx_id FROM tx_sources WHERE source_id = ?)`).all(scope.ledgerSourceId) as Coinbase[];
  }
  if ('listSourceId' in scope) return db.prepare(COINBASES).all() as Coinbase[];
  return db
    .prepare(`${COINBASES} AND (SELECT count(*) FROM coinbase_attributions c WHERE c.tx_id = t.id)
      < (SELECT count(DISTINCT list_source_id) FROM pools)`)
    .all() as Coinbase[];
}

/**
 * M1 attribution (DESIGN 4), as mempool.space does it, per coinbase transaction (whether or not its block is in the
 * case): an output address, in any position, in a pool's address list names the pool; else a pool tag matches the
 * coinbase scriptSig; else unknown. One row per pool list, so where lists disagree each list's answer is kept.
 * Idempotent: re-running rewrites the same rows. Returns the number of rows written.
 */
export function attributeCoinbases(db: Database.Database, scope: AttributionScope): number {
  const matchers = loadPoolMatchers(db, 'listSourceId' in scope ? scope.listSourceId : undefined);
  if (matchers.length === 0) return 0;
  const coinbases = coinbasesIn(db, scope);
  const outputs = db
    .prepare(`SELECT a.address FROM tx_outputs o JOIN addresses a ON a.id = o.address_id WHERE o.tx_id = ? ORDER BY o.vout`)
    .pluck();
  const upsert = db.prepare(`INSERT INTO coinbase_attributions (tx_id, list_source_id, pool_id, method, evidence)
    VALUES (?, ?, ?, ?, ?) ON CONFLICT (tx_id, list_source_id) DO UPDATE SET
      pool_id = excluded.pool_id, method = excluded.method, evidence = excluded.evidence`);
  for (const coinbase of coinbases) {
    const addresses = outputs.all(coinbase.id) as string[];
    const text = coinbase.coinbaseScript === null ? null : coinbaseReadings(coinbase.coinbaseScript);
    for (const matcher of matchers) {
      const answer = attributeOne(matcher, addresses, text);
      upsert.run(coinbase.id, matcher.listSourceId, answer.poolId, answer.method, answer.evidence);
    }
  }
  return coinbases.length * matchers.length;
}

function attributeOne(matcher: PoolMatcher, addresses: string[], text: CoinbaseReadings | null) {
  for (const address of addresses) {
    const poolId = matcher.byAddress.get(address);
    if (poolId !== undefined) return { poolId, method: 'address' as const, evidence: `payout address ${address}` };
  }
  if (text !== null) {
    for (const tag of matcher.tags) {
      if (tag.matches(text)) return { poolId: tag.poolId, method: 'tag' as const, evidence: `coinbase tag ${tag.pattern}` };
    }
  }
  return { poolId: null, method: 'unknown' as const, evidence: null };
}

/**
 * The one pool a coinbase is credited to wherever a single name is needed (lineage, tables, the report): a payout
 * address match before a tag match, then the earliest list. Every list's own answer stays in coinbase_attributions.
 * `txId` is the SQL expression of the coinbase's row id.
 */
export const attributedPoolSql = (txId: string): string =>
  `(SELECT p.name FROM coinbase_attributions ca JOIN pools p ON p.id = ca.pool_id WHERE ca.tx_id = ${txId}
    ORDER BY ca.method <> 'address', ca.list_source_id LIMIT 1)`;

/** The distinct pools the lists name for a coinbase, " / "-separated: more than one name is a conflict between lists. */
export const namedPoolsSql = (txId: string): string =>
  `(SELECT group_concat(name, ' / ') FROM (SELECT DISTINCT p.name FROM coinbase_attributions ca JOIN pools p ON p.id = ca.pool_id
    WHERE ca.tx_id = ${txId} ORDER BY p.name))`;
