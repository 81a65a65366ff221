import type Database from 'better-sqlite3';
import { loadPoolMatchers, type PoolMatcher } from './pool-lists';

/** Pool lists describe Bitcoin mining pools; other chains' coinbases are left unattributed. */
const ATTRIBUTED_CHAIN = 'BTC';

export type AttributionScope = { ledgerSourceId: number } | { listSourceId: number };

interface Coinbase {
  id: number;
  blockHash: string;
  coinbaseScript: string | null;
}

/**
 * M1 block attribution (DESIGN 4), as mempool.space does it: a coinbase output address in a pool's address list names
 * the pool; else a pool tag regex (case-insensitive) matches the coinbase scriptSig read as text; else unknown.
 * One row per pool list, so where lists disagree each list's answer is kept. Runs for the coinbases a ledger source
 * brought, or for every coinbase against a newly imported list. Returns the number of rows written.
 */
export function attributeBlocks(db: Database.Database, scope: AttributionScope): number {
  const matchers = loadPoolMatchers(db, 'listSourceId' in scope ? scope.listSourceId : undefined);
  if (matchers.length === 0) return 0;
  const coinbases = (
    'ledgerSourceId' in scope
      ? db.prepare(`SELECT t.id, t.block_hash AS blockHash, t.coinbase_script AS coinbaseScript FROM tx_sources ts
          JOIN transactions t ON t.id = ts.tx_id
          WHERE ts.source_id = ? AND t.is_coinbase = 1 AND t.block_hash IS NOT NULL AND t.chain = '${ATTRIBUTED_CHAIN}'`).all(scope.ledgerSourceId)
      : db.prepare(`SELECT id, block_hash AS blockHash, coinbase_script AS coinbaseScript FROM transactions
          WHERE is_coinbase = 1 AND block_hash IS NOT NULL AND chain = '${ATTRIBUTED_CHAIN}'`).all()
  ) as Coinbase[];
  const outputs = db
    .prepare(`SELECT a.address FROM tx_outputs o JOIN addresses a ON a.id = o.address_id WHERE o.tx_id = ? ORDER BY o.vout`)
    .pluck();
  const upsert = db.prepare(`INSERT INTO block_attributions (chain, block_hash, list_source_id, pool_id, method, evidence)
    VALUES ('${ATTRIBUTED_CHAIN}', ?, ?, ?, ?, ?) ON CONFLICT (chain, block_hash, list_source_id) DO UPDATE SET
      pool_id = excluded.pool_id, method = excluded.method, evidence = excluded.evidence`);
  for (const coinbase of coinbases) {
    const addresses = outputs.all(coinbase.id) as string[];
    const text = coinbase.coinbaseScript === null ? null : coinbaseText(coinbase.coinbaseScript);
    for (const matcher of matchers) {
      const answer = attributeOne(matcher, addresses, text);
      upsert.run(coinbase.blockHash, matcher.listSourceId, answer.poolId, answer.method, answer.evidence);
    }
  }
  return coinbases.length * matchers.length;
}

function attributeOne(matcher: PoolMatcher, addresses: string[], text: string | null) {
  for (const address of addresses) {
    const poolId = matcher.byAddress.get(address);
    if (poolId !== undefined) return { poolId, method: 'address' as const, evidence: `payout address ${address}` };
  }
  if (text !== null) {
    for (const tag of matcher.tags) {
      if (tag.regex.test(text)) return { poolId: tag.poolId, method: 'tag' as const, evidence: `coinbase tag ${tag.pattern}` };
    }
  }
  return { poolId: null, method: 'unknown' as const, evidence: null };
}

/** The coinbase scriptSig decoded byte-for-byte as text (pools write ASCII signatures into it). */
export const coinbaseText = (scriptHex: string): string => Buffer.from(scriptHex, 'hex').toString('latin1');
