import type Database from 'better-sqlite3';
import { ANY_CHAIN } from '../../../db/any-chain';

const TXID = /^(0x)?[0-9a-fA-F]{64}$/;

/** Every string inside stored JSON (subjects, evidence), in document order. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The transactions a finding cites, found by shape (32-byte hex) in its subjects and evidence and confirmed in the
 * ledger, so the report does not depend on one detector's JSON layout.
 */
export function citedTransactions(db: Database.Database, ...json: unknown[]): { chain: string; txid: string; time: number | null; value: number | null }[] {
  const find = db.prepare(`SELECT chain, txid, block_time AS time, output_value AS value FROM transactions
    WHERE ${ANY_CHAIN} AND txid = ?`);
  const seen = new Set<string>();
  const found: { chain: string; txid: string; time: number | null; value: number | null }[] = [];
  for (const s of json.flatMap((j) => strings(j))) {
    if (!TXID.test(s) || seen.has(s)) continue;
    seen.add(s);
    for (const row of find.all(s) as typeof found) found.push(row);
  }
  return found.sort((a, b) => (a.time ?? 0) - (b.time ?? 0) || (a.txid < b.txid ? -1 : 1));
}
