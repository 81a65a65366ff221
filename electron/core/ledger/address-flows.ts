import type Database from 'better-sqlite3';
import type { AddressTx, AddressTxPage } from '../../../shared/domain/ledger';

/**
 * Every movement of one address as (tx row, signed amount text): UTXO outputs and inputs, plus native-coin transfers
 * on account chains (token amounts are other assets). Amounts stay text so wei never passes through a float.
 */
const flows = (and = '') => `SELECT tx_id, CAST(value AS TEXT) AS delta FROM tx_outputs WHERE address_id = @id ${and}
  UNION ALL SELECT tx_id, CAST(-coalesce(value, 0) AS TEXT) FROM tx_inputs WHERE address_id = @id ${and}
  UNION ALL SELECT tx_id, value FROM transfers WHERE to_address_id = @id AND token = '' ${and}
  UNION ALL SELECT tx_id, '-' || value FROM transfers WHERE from_address_id = @id AND token = '' ${and}`;

/** The distinct transactions of one address; ordered by time, the window of a page is cut in SQL. */
const TXS = `SELECT tx_id FROM tx_outputs WHERE address_id = @id
  UNION SELECT tx_id FROM tx_inputs WHERE address_id = @id
  UNION SELECT tx_id FROM transfers WHERE to_address_id = @id AND token = ''
  UNION SELECT tx_id FROM transfers WHERE from_address_id = @id AND token = ''`;

/** Nets the flows of each transaction exactly (BigInt), keeping the order the rows came in. */
function netByTx(rows: { txid: string; blockTime: number | null; delta: string }[]): AddressTx[] {
  const byTx = new Map<string, { blockTime: number | null; delta: bigint }>();
  for (const f of rows) {
    const previous = byTx.get(f.txid);
    byTx.set(f.txid, { blockTime: f.blockTime, delta: (previous?.delta ?? 0n) + BigInt(f.delta) });
  }
  return [...byTx].map(([txid, f]) => ({ txid, blockTime: f.blockTime, delta: String(f.delta) }));
}

/** All transactions of an address, newest first, each with the address's net change. */
export function allAddressTxs(db: Database.Database, addressId: number): AddressTx[] {
  const rows = db
    .prepare(`SELECT t.txid, t.block_time AS blockTime, f.delta FROM (${flows()}) f JOIN transactions t ON t.id = f.tx_id
      ORDER BY t.block_time DESC, t.id DESC`)
    .all({ id: addressId }) as { txid: string; blockTime: number | null; delta: string }[];
  return netByTx(rows);
}

/** Everything paid to an address, its own change included: the base its taint and lineage shares are taken of. */
export function grossReceived(db: Database.Database, addressId: number): string {
  const deltas = db.prepare(`SELECT delta FROM (${flows()}) WHERE delta NOT LIKE '-%'`).pluck().all({ id: addressId }) as string[];
  return String(deltas.reduce((sum, d) => sum + BigInt(d), 0n));
}

/** One page of an address's transactions, newest first: the page's transactions are chosen in SQL, then netted. */
export function addressTxPage(db: Database.Database, addressId: number, offset: number, limit: number): AddressTxPage {
  const total = db.prepare(`SELECT count(*) FROM (${TXS})`).pluck().get({ id: addressId }) as number;
  const rows = db
    .prepare(`WITH page AS (
        SELECT t.id, t.txid, t.block_time FROM (${TXS}) x JOIN transactions t ON t.id = x.tx_id
        ORDER BY t.block_time DESC, t.id DESC LIMIT @limit OFFSET @offset)
      SELECT p.txid, p.block_time AS blockTime, f.delta FROM page p
        JOIN (${flows('AND tx_id IN (SELECT id FROM page)')}) f ON f.tx_id = p.id ORDER BY p.block_time DESC, p.id DESC`)
    .all({ id: addressId, limit, offset }) as { txid: string; blockTime: number | null; delta: string }[];
  return { total, offset, rows: netByTx(rows) };
}
