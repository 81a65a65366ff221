import type Database from 'better-sqlite3';
import type { AnalysisFacts, FindingRef, LineageShare } from '../../../shared/domain/ledger';
import { SEVERITY_RANK } from '../analysis/findings/finding-store';

const MAX_FINDINGS = 200;
const MAX_PAYOUTS = 200;

type Payout = AnalysisFacts['payouts'][number];

/** When analysis.run last completed (its audit entry), or null when it never ran on this case. */
function analyzedAt(db: Database.Database): string | null {
  return (db.prepare(`SELECT at FROM audit_log WHERE action = 'analysis.run' ORDER BY seq DESC LIMIT 1`).pluck().get() as string | undefined) ?? null;
}

/** Findings whose subjects or evidence match `where` (over json_each rows `s` of subjects, `e` of evidence txids). */
function findingsWhere(db: Database.Database, where: string, params: Record<string, string | null>): FindingRef[] {
  const rows = db
    .prepare(`SELECT id, detector, severity, title, status, subjects FROM findings f
      WHERE EXISTS (SELECT 1 FROM json_each(f.subjects) s WHERE ${where})
         OR EXISTS (SELECT 1 FROM json_each(f.evidence, '$.txids') e WHERE e.value = @txid)
      ORDER BY ${SEVERITY_RANK}, id LIMIT ${MAX_FINDINGS}`)
    .all({ txid: null, ...params }) as (Omit<FindingRef, 'subjects'> & { subjects: string })[];
  return rows.map((r) => ({ ...r, subjects: JSON.parse(r.subjects) as FindingRef['subjects'] }));
}

const SUBJECT = (type: string, param: string) => `(json_extract(s.value, '$.type') = '${type}' AND json_extract(s.value, '$.id') = @${param})`;

/** The analysis results about one address: M2 lineage of what it received, pool payouts to it, findings naming it. */
export function addressFacts(db: Database.Database, addressId: number, address: string): AnalysisFacts {
  const at = analyzedAt(db);
  if (at === null) return { analyzedAt: null, lineage: [], payouts: [], findings: [] };
  const received = (db.prepare('SELECT coalesce(sum(value), 0) FROM tx_outputs WHERE address_id = ?').pluck().get(addressId) as number) || 0;
  const lineage = (
    db
      .prepare(`SELECT l.pool, sum(l.amount) AS amount, max(l.hops) AS hops FROM output_lineage l
          JOIN tx_outputs o ON o.tx_id = l.tx_id AND o.vout = l.vout WHERE o.address_id = ? GROUP BY l.pool ORDER BY amount DESC`)
      .all(addressId) as { pool: string; amount: number; hops: number }[]
  ).map((l): LineageShare => ({ pool: l.pool, vout: null, amount: String(l.amount), share: received > 0 ? Math.min(1, l.amount / received) : 0, hops: l.hops }));
  const payouts = db
    .prepare(`SELECT t.txid, p.pool, p.lineage, p.fanout FROM pool_payouts p JOIN transactions t ON t.id = p.tx_id
      WHERE p.tx_id IN (SELECT tx_id FROM tx_outputs WHERE address_id = ?) ORDER BY t.block_time, t.id LIMIT ${MAX_PAYOUTS}`)
    .all(addressId) as Payout[];
  const cluster = db.prepare('SELECT cluster_id FROM cluster_members WHERE address_id = ?').pluck().get(addressId) as number | undefined;
  const findings = findingsWhere(db, `${SUBJECT('address', 'address')} OR ${SUBJECT('cluster', 'cluster')}`, {
    address,
    cluster: cluster === undefined ? null : String(cluster),
  });
  return { analyzedAt: at, lineage, payouts, findings };
}

/** The analysis results about one transaction: lineage per output, its payout detection, findings naming it. */
export function txFacts(db: Database.Database, txId: number, txid: string): AnalysisFacts {
  const at = analyzedAt(db);
  if (at === null) return { analyzedAt: null, lineage: [], payouts: [], findings: [] };
  const lineage = (
    db.prepare('SELECT pool, vout, amount, share, hops FROM output_lineage WHERE tx_id = ? ORDER BY vout, amount DESC').all(txId) as {
      pool: string; vout: number; amount: number; share: number; hops: number;
    }[]
  ).map((l): LineageShare => ({ ...l, amount: String(l.amount) }));
  const payouts = db.prepare('SELECT @txid AS txid, pool, lineage, fanout FROM pool_payouts WHERE tx_id = @id').all({ id: txId, txid }) as Payout[];
  // Subjects name a transaction directly or one of its outputs as txid:vout.
  const findings = findingsWhere(db, `${SUBJECT('tx', 'txid')} OR (json_extract(s.value, '$.type') = 'output' AND json_extract(s.value, '$.id') LIKE @prefix ESCAPE '\\')`, {
    txid,
    prefix: `${txid.replace(/[\\%_]/g, (c) => `\\${c}`)}:%`,
  });
  return { analyzedAt: at, lineage, payouts, findings };
}
