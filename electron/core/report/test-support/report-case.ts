import { createHash } from 'node:crypto';
import path from 'node:path';
import { TraceParams } from '../../../../shared/domain/analysis';
import { runTrace } from '../../analysis/taint/run-trace';
import { auditTrace } from '../../audit/activity';
import { appendAudit } from '../../audit/audit-log';
import { CaseFile } from '../../case/case-file';
import { addDocument } from '../../documents/document-store';
import { importFile } from '../../import/run-import';
import { BLOCK_50001, BLOCK_50002 } from '../../test-support/fixtures';

export const TX_COINBASE = 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58';
export const TX_SPEND = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';
export const TX_SPEND2 = 'f84761459a00c6df3176ae5d94c99e69f25100d09548e5686bd0c354bb8cc60a';
export const TX_NEXT = '5164dc2785549f9efe14eb1c54522ec1874a02b7eda164fde370c05412f037ad';
export const ADDR_POOL = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ';
export const ADDR_THIEF = '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ';

/** Labels an attacker could plant: formulas, markup, direction overrides, a very long unbroken string. */
export const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example","click")',
  html: '<script>alert(1)</script><b>bold</b>',
  rtl: 'invoice\u202Efdp.exe',
  long: 'A'.repeat(3000),
};

const T = '2026-01-02T03:04:05.000Z';
/** The stored off-chain document's content (the package copies it to documents/). */
export const DOCUMENT_BYTES = '%PDF-1.4 subpoena return\n';

/**
 * A case built through the real importer (Bitcoin Core JSON blocks 50001-50002 from shared/data) plus the analyst's
 * work inserted as rows: tags, findings in every status, a hash-rental deposit, an off-chain link and a saved view.
 */
export async function buildReportCase(dir: string): Promise<{ file: string; caseId: string }> {
  const file = path.join(dir, 'report.assay');
  const fixed = new Date(T);
  const c = CaseFile.create(file, { title: 'Operation Hashrate — «test»', examiner: 'J. Doe', caseNumber: 'CN-2026-001', agency: 'Unit 7' }, fixed);
  for (const block of [BLOCK_50001, BLOCK_50002]) {
    await importFile(c.db, { filePath: block, displayName: path.basename(block), onBadRows: 'refuse', now: () => fixed });
  }
  const db = c.db;
  db.transaction(() => {
    const src = db
      .prepare(`INSERT INTO sources (kind, original_name, sha256, size, format, importer_version, imported_at, counts)
        VALUES ('paste', ?, ?, 10, 'labels', '1', ?, '{}')`)
      .run(HOSTILE.formula, 'ab'.repeat(32), T).lastInsertRowid;
    const tag = db.prepare(`INSERT INTO tags (subject_type, chain, subject, label, category, confidence_score, origin_source_id)
      VALUES ('address', 'BTC', ?, ?, ?, ?, ?)`);
    tag.run(ADDR_POOL, 'Example Pool payout 矿池', 'miner', 80, src);
    tag.run(ADDR_THIEF, HOSTILE.rtl, 'perpetrator', 90, src);
    tag.run(TX_NEXT.slice(0, 34), HOSTILE.html, 'hash_rental_marketplace', 50, src);
    const finding = db.prepare(`INSERT INTO findings (detector, fingerprint, severity, title, explanation, subjects, evidence, params,
      first_time, last_time, status, status_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1270000000, 1270100000, ?, ?, ?, ?)`);
    finding.run('M3a-cospend@1', 'f1', 'high', 'Pool payout co-spent with thief funds', `Explanation with ${HOSTILE.html}`,
      JSON.stringify({ addresses: [ADDR_THIEF] }), JSON.stringify({ txids: [TX_COINBASE, TX_SPEND], amount: 5000000000, amounts: { taintHaircut: '5000000000' } }),
      JSON.stringify({ theta: 0.5 }), 'accepted', null, T, T);
    finding.run('hash-rental-deposit@1', 'f2', 'medium', HOSTILE.formula, HOSTILE.long, '[]', JSON.stringify({ txid: TX_NEXT }), '{}', 'dismissed',
      'Deposit belongs to an unrelated customer', T, T);
    finding.run('M1-pool@1', 'f3', 'info', 'Block mined by unknown pool', 'Not reviewed yet.', '[]', '{}', '{}', 'new', null, T, T);
    const ann = db
      .prepare(`INSERT INTO annotations (subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at)
        VALUES ('tx', 'BTC', ?, 'hash_rental_deposit', ?, '["rental"]', ?, 70, ?, ?)`)
      
      .run(TX_SPEND, `${HOSTILE.rtl} ${HOSTILE.long}`, JSON.stringify({ service: 'NiceHash', orderId: '-1+1', evidenceDocument: 'subpoena.pdf', evidenceSha256: createHash('sha256').update(DOCUMENT_BYTES).digest('hex'),
        btcAmount: '0.5', depositTime: '2010-04-10T17:00:00.000Z', accountHolder: 'Jane Roe', legalProcess: '' }), T, T)
      .lastInsertRowid;
    db.prepare(`INSERT INTO offchain_links (annotation_id, chain, from_address, to_address, confidence, created_at) VALUES (?, 'BTC', ?, ?, 70, ?)`)
      .run(ann, ADDR_THIEF, ADDR_POOL, T);
    const view = {
      version: 1,
      positions: {
        [`tx:BTC:${TX_COINBASE}`]: { x: 0, y: 0 },
        [`address:BTC:${ADDR_POOL}`]: { x: 200, y: 0 },
        [`tx:BTC:${TX_SPEND}`]: { x: 400, y: 60 },
        [`address:BTC:${ADDR_THIEF}`]: { x: 600, y: 60 },
        'address:BTC:1NotInTheCase': { x: 100, y: 300 },
      },
      hidden: [],
      pinned: [`tx:BTC:${TX_COINBASE}`],
      styles: { [`address:BTC:${ADDR_THIEF}`]: { label: HOSTILE.rtl } },
      filters: { minAmount: '1000' },
    };
    db.prepare('INSERT INTO views (name, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run('../../etc/passwd <main>', JSON.stringify(view), T, T);
    const addressId = (a: string): number => db.prepare("SELECT id FROM addresses WHERE chain = 'BTC' AND address = ?").pluck().get(a) as number;
    const txId = db.prepare("SELECT id FROM transactions WHERE txid = ?").pluck().get(TX_SPEND) as number;
    const [pool, thief] = [addressId(ADDR_POOL), addressId(ADDR_THIEF)];
    db.prepare('INSERT INTO clusters (id, size, label, label_category, conflicts) VALUES (?, 2, ?, ?, ?)')
      .run(Math.min(pool, thief), HOSTILE.formula, 'perpetrator', JSON.stringify(['miner', 'perpetrator']));
    for (const a of [pool, thief]) db.prepare('INSERT INTO cluster_members (address_id, cluster_id) VALUES (?, ?)').run(a, Math.min(pool, thief));
    db.prepare("INSERT INTO cluster_evidence (heuristic, tx_id, address_a, address_b, confidence, merged) VALUES ('C1-shared-input@1', ?, ?, ?, 100, 1)")
      .run(txId, pool, thief);
    appendAudit(db, 'analyst.work', { findings: 3, annotations: 1 }, { now: () => fixed });
  })();
  // A subpoena return the accepted finding relies on, under a name that must not reach the package's paths as given.
  addDocument(db, { fileName: `../NiceHash return ${HOSTILE.rtl}.pdf`, bytes: Buffer.from(DOCUMENT_BYTES) }, { receivedAt: '2026-01-01', description: 'Subpoena 2026-117: NiceHash order records', findingId: 1 }, fixed);
  // A trace the examiner ran (real engine, audited as the app does) for the Traces section.
  const trace = TraceParams.parse({ from: [ADDR_THIEF], models: ['poison', 'haircut', 'fifo', 'lifo'], hops: 3 });
  auditTrace(db, trace, runTrace(db, trace));
  const caseId = c.caseId;
  c.close();
  return { file, caseId };
}
