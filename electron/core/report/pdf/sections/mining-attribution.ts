import type Database from 'better-sqlite3';
import { attributedPoolSql } from '../../../attribution/coinbase-attribution';
import { hasTable } from '../../../db/has-table';
import type { PdfWriter } from '../pdf-writer';

/** Coinbases whose lists disagree that the PDF lists; csv/mining_attributions.csv holds every list's answer. */
const MAX_CONFLICTS = 40;

/** How coinbases were credited to pools (M1), with every coinbase whose pool lists name different pools. */
export function renderMiningAttribution(w: PdfWriter, db: Database.Database): void {
  if (!hasTable(db, 'coinbase_attributions')) return;
  const credited = db
    .prepare(`SELECT pool, count(*) FROM (SELECT coalesce(${attributedPoolSql('t.id')}, 'unattributed') AS pool FROM transactions t
      WHERE t.is_coinbase = 1 AND EXISTS (SELECT 1 FROM coinbase_attributions c WHERE c.tx_id = t.id)) GROUP BY pool ORDER BY count(*) DESC, pool`)
    .raw(true)
    .all() as [string, number][];
  if (credited.length === 0) return;
  const conflicts = db
    .prepare(`SELECT t.txid, ${attributedPoolSql('t.id')}, group_concat(s.original_name || ': ' || coalesce(p.name, 'unknown'), '; ')
      FROM transactions t JOIN coinbase_attributions c ON c.tx_id = t.id JOIN sources s ON s.id = c.list_source_id LEFT JOIN pools p ON p.id = c.pool_id
      GROUP BY t.id HAVING count(DISTINCT p.name) > 1 ORDER BY t.block_time, t.txid`)
    .raw(true)
    .all() as [string, string, string][];
  w.heading('Mining-pool attribution', 2);
  w.paragraph('Each coinbase transaction is attributed by every pool list in the case, whether or not its block is: a payout ' +
    'address in any output names the pool, else a coinbase tag (a regular expression in pools-v2 lists, literal text in ' +
    'legacy lists, matched on the UTF-8 and the byte reading of the scriptSig). Where one name is needed (lineage, ' +
    'findings) a payout-address match outranks a tag match, then the earlier list. csv/mining_attributions.csv holds every list\'s answer.');
  w.table(
    [{ header: 'Pool credited', width: 0.7, kind: 'text' }, { header: 'Coinbases', width: 0.3, kind: 'text', align: 'right' }],
    credited.map(([pool, n]) => [pool, String(n)]),
  );
  if (conflicts.length === 0) {
    w.paragraph('The pool lists agree on every coinbase.');
    return;
  }
  w.note(`${conflicts.length} coinbase${conflicts.length === 1 ? '' : 's'} where the lists disagree${conflicts.length > MAX_CONFLICTS ? ` (the first ${MAX_CONFLICTS} shown)` : ''}:`);
  w.table(
    [
      { header: 'Coinbase txid', width: 0.55, kind: 'mono' },
      { header: 'Credited', width: 0.15, kind: 'text' },
      { header: 'Each list\'s answer', width: 0.3, kind: 'text' },
    ],
    conflicts.slice(0, MAX_CONFLICTS).map(([txid, pool, answers]) => [txid, pool, answers]),
  );
}
