import type Database from 'better-sqlite3';
import type { AnalysisSettings } from '../../../../shared/domain/analysis';
import type { LoadedLedger } from '../graph/graph-cache';
import { traceTaint } from '../taint/trace-engine';
import { attributedPoolSql } from '../../attribution/coinbase-attribution';

export const UNATTRIBUTED = 'unattributed';

export interface Lineage {
  /** Share (0-1) of each reached output's value that descends from coinbase outputs within k hops. */
  share: Map<number, number>;
  /** The pool contributing most to each output's lineage. */
  pool: Map<number, string>;
  /** Detected pool payouts: tx row id to its pool. */
  payouts: Map<number, string>;
}

/** Coinbase transactions by pool, as M1 credits them: the same attribution the transaction and address views show. */
function coinbasesByPool(db: Database.Database): Map<string, number[]> {
  const rows = db
    .prepare(`SELECT t.id, ${attributedPoolSql('t.id')} FROM transactions t WHERE t.is_coinbase = 1`)
    .raw()
    .all() as [number, string | null][];
  const byPool = new Map<string, number[]>();
  for (const [tx, pool] of rows) {
    const key = pool ?? UNATTRIBUTED;
    const list = byPool.get(key) ?? [];
    list.push(tx);
    byPool.set(key, list);
  }
  return byPool;
}

/**
 * M2 coinbase lineage: haircut taint from each pool's coinbase outputs, k hops forward, as a share of each output's
 * value. A transaction whose inputs are mostly lineage and that pays many outputs is a pool payout. Stored in the case.
 */
export function computeLineage(db: Database.Database, ledger: LoadedLedger, settings: AnalysisSettings): Lineage {
  const { g } = ledger;
  const perPool = new Map<number, Map<string, number>>();
  for (const [pool, txs] of coinbasesByPool(db)) {
    const seeds = new Map<number, number>();
    for (const tx of txs) for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) seeds.set(k, g.outValue[k] as number);
    const outcome = traceTaint(ledger, seeds, {
      direction: 'forward', models: ['haircut'], hops: settings.lineageHops, minAmount: 0, fromTime: null, toTime: null,
      isStop: null, maxDegree: null, feeTaint: false, links: new Map(), offchainWindow: 0,
    });
    for (const [k, t] of outcome.taint.get('haircut')?.entries() ?? []) {
      const acc = perPool.get(k) ?? new Map<string, number>();
      acc.set(pool, (acc.get(pool) ?? 0) + t);
      perPool.set(k, acc);
    }
  }
  const lineage: Lineage = { share: new Map(), pool: new Map(), payouts: new Map() };
  db.exec('DELETE FROM output_lineage; DELETE FROM pool_payouts;');
  const insert = db.prepare('INSERT INTO output_lineage (tx_id, vout, pool, share, amount, hops) VALUES (?, ?, ?, ?, ?, ?)');
  const owner = ledger.owner();
  for (const [k, pools] of perPool) {
    const value = g.outValue[k] as number;
    if (value <= 0) continue;
    let total = 0;
    let best: [string, number] = ['', -1];
    for (const [pool, t] of pools) {
      total += t;
      if (t > best[1]) best = [pool, t];
      insert.run(owner[k], g.outVout[k], pool, Math.min(1, t / value), Math.floor(t), settings.lineageHops);
    }
    lineage.share.set(k, Math.min(1, total / value));
    lineage.pool.set(k, best[0]);
  }
  detectPayouts(ledger, lineage, settings, db);
  return lineage;
}

function detectPayouts(ledger: LoadedLedger, lineage: Lineage, settings: AnalysisSettings, db: Database.Database): void {
  const { g } = ledger;
  const insert = db.prepare('INSERT INTO pool_payouts (tx_id, pool, lineage, fanout) VALUES (?, ?, ?, ?)');
  const spenders = new Set<number>();
  for (const k of lineage.share.keys()) if (g.outSpentBy[k]) spenders.add(g.outSpentBy[k] as number);
  for (const tx of spenders) {
    const fanout = (g.outStart[tx + 1] as number) - (g.outStart[tx] as number);
    if (fanout < settings.payoutMinFanout) continue;
    let value = 0;
    let descended = 0;
    let pool = '';
    for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
      const prev = g.inPrev[i] as number;
      value += g.inValue[i] as number;
      const share = prev >= 0 ? (lineage.share.get(prev) ?? 0) : 0;
      descended += share * (g.inValue[i] as number);
      if (share > 0) pool = lineage.pool.get(prev) ?? pool;
    }
    const share = value > 0 ? descended / value : 0;
    if (share < 0.9) continue;
    lineage.payouts.set(tx, pool);
    insert.run(tx, pool, Math.min(1, share), fanout);
  }
}
