import type Database from 'better-sqlite3';
import { formatBaseUnits } from '../../../shared/amount';

/** Row ids to the txids and addresses people read, with memoised lookups. */
export class Names {
  private readonly txids = new Map<number, string>();
  private readonly addresses = new Map<number, string>();
  private readonly txStmt;
  private readonly addressStmt;

  constructor(db: Database.Database) {
    this.txStmt = db.prepare('SELECT txid FROM transactions WHERE id = ?').pluck();
    this.addressStmt = db.prepare('SELECT address FROM addresses WHERE id = ?').pluck();
  }

  txid(tx: number): string {
    let v = this.txids.get(tx);
    if (v === undefined) this.txids.set(tx, (v = this.txStmt.get(tx) as string));
    return v;
  }

  address(id: number): string {
    if (id === 0) return '(no address)';
    let v = this.addresses.get(id);
    if (v === undefined) this.addresses.set(id, (v = this.addressStmt.get(id) as string));
    return v;
  }
}

/** Satoshi (possibly a fractional taint share, rounded down) as exact decimal BTC. */
export const btc = (sats: number): string => `${formatBaseUnits(BigInt(Math.floor(sats + 1e-6)), 8)} BTC`;
export const isoDay = (time: number): string => new Date(time * 1000).toISOString().slice(0, 16).replace('T', ' ');
