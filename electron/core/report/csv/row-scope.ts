import type Database from 'better-sqlite3';
import type { ManifestRows } from '../../../../shared/domain/report';
import { parseStored } from '../report-context';
import { strings } from '../pdf/sections/finding-refs';
import { ANY_CHAIN } from '../../db/any-chain';
import { hasTable } from '../../db/has-table';

/** Which ledger rows the CSVs hold: those touching the accepted findings (the default) or every row (asked for). */
export interface RowScope {
  all: boolean;
  /** Transactions and addresses in scope; null when every row is exported. */
  transactions: number | null;
  addresses: number | null;
}

/**
 * Fills temp.scope_tx and temp.scope_address (temporary tables of this read-only connection) with what the accepted
 * findings cite: transactions named in their subjects and evidence (a "txid:vout" output subject names its tx), the
 * subject addresses and clusters' members, then every address on those transactions' inputs, outputs and transfers.
 */
export function prepareRowScope(db: Database.Database, all: boolean): RowScope {
  if (all) return { all, transactions: null, addresses: null };
  db.exec(`DROP TABLE IF EXISTS temp.scope_tx; DROP TABLE IF EXISTS temp.scope_address;
    CREATE TEMP TABLE scope_tx (id INTEGER PRIMARY KEY); CREATE TEMP TABLE scope_address (id INTEGER PRIMARY KEY);`);
  const tx = db.prepare(`INSERT OR IGNORE INTO temp.scope_tx SELECT id FROM transactions WHERE ${ANY_CHAIN} AND txid = ?`);
  const address = db.prepare(`INSERT OR IGNORE INTO temp.scope_address SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`);
  const members = hasTable(db, 'cluster_members')
    ? db.prepare('INSERT OR IGNORE INTO temp.scope_address SELECT address_id FROM cluster_members WHERE cluster_id = ?')
    : null;
  const findings = db.prepare("SELECT subjects, evidence FROM findings WHERE status = 'accepted' ORDER BY id").all() as { subjects: string; evidence: string }[];
  for (const finding of findings) {
    const subjects = parseStored(finding.subjects);
    for (const s of strings([subjects, parseStored(finding.evidence)])) {
      const id = s.replace(/:\d+$/, '');
      tx.run(id);
      address.run(s);
    }
    if (members && Array.isArray(subjects)) {
      for (const subject of subjects as { type?: unknown; id?: unknown }[]) if (subject.type === 'cluster') members.run(String(subject.id));
    }
  }
  db.exec(`INSERT OR IGNORE INTO temp.scope_address
    SELECT address_id FROM tx_outputs WHERE tx_id IN (SELECT id FROM temp.scope_tx) AND address_id IS NOT NULL
    UNION SELECT address_id FROM tx_inputs WHERE tx_id IN (SELECT id FROM temp.scope_tx) AND address_id IS NOT NULL
    UNION SELECT from_address_id FROM transfers WHERE tx_id IN (SELECT id FROM temp.scope_tx) AND from_address_id IS NOT NULL
    UNION SELECT to_address_id FROM transfers WHERE tx_id IN (SELECT id FROM temp.scope_tx) AND to_address_id IS NOT NULL`);
  const count = (table: string): number => db.prepare(`SELECT count(*) FROM temp.${table}`).pluck().get() as number;
  return { all, transactions: count('scope_tx'), addresses: count('scope_address') };
}

export const manifestRows = (scope: RowScope): ManifestRows =>
  scope.all ? { scope: 'all' } : { scope: 'findings', transactions: scope.transactions ?? 0, addresses: scope.addresses ?? 0 };

/** The scope in one sentence (cover, csv/README.txt). */
export const describeRowScope = (scope: RowScope): string =>
  scope.all
    ? 'Every row of the case (exported with --all-rows / "Every row").'
    : `Only rows touching the accepted findings: ${scope.transactions ?? 0} transaction(s) they cite, with their inputs, outputs and ` +
      `flows, and ${scope.addresses ?? 0} address(es) (their subjects and the addresses on those transactions). ` +
      'Findings, annotations, sources and the audit log are complete. Export with --all-rows (or "Every row") for the whole ledger.';

/** SQL conditions limiting a table to the scope ('1' when every row is exported). */
export interface ScopeFilter {
  tx: (idColumn: string) => string;
  address: (idColumn: string) => string;
  cluster: (idColumn: string) => string;
}

export const scopeFilter = (all: boolean): ScopeFilter => ({
  tx: (column) => (all ? '1' : `${column} IN (SELECT id FROM temp.scope_tx)`),
  address: (column) => (all ? '1' : `${column} IN (SELECT id FROM temp.scope_address)`),
  cluster: (column) => (all ? '1' : `${column} IN (SELECT cluster_id FROM cluster_members WHERE address_id IN (SELECT id FROM temp.scope_address))`),
});
