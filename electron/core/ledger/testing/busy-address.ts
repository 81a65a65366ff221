import type Database from 'better-sqlite3';

export const BUSY_ADDRESS = 'bc1qbusyaddressxxxxxxxxxxxxxxxxxxxxxxxxxx';

/** The txid of the i-th busy transaction: hex of i, so a test can name the newest and the oldest. */
export const busyTxid = (i: number): string => i.toString(16).padStart(64, '0');

/**
 * One address with `txs` transactions written straight into the ledger tables (for paging tests and the inspector's
 * e2e): every tx pays it 1000 + i sat, every 5th also spends 300 sat from it; two txs share each block time.
 */
export function writeBusyAddress(db: Database.Database, txs: number): number {
  const address = db.prepare(`INSERT INTO addresses (chain, address, script_type) VALUES ('BTC', ?, 'witness_v0_keyhash') RETURNING id`).pluck().get(BUSY_ADDRESS) as number;
  const tx = db.prepare(`INSERT INTO transactions (chain, txid, block_time, output_count) VALUES ('BTC', ?, ?, 1) RETURNING id`).pluck();
  const out = db.prepare(`INSERT INTO tx_outputs (tx_id, vout, address_id, value, script_type) VALUES (?, 0, ?, ?, 'witness_v0_keyhash')`);
  const input = db.prepare('INSERT INTO tx_inputs (tx_id, vin, address_id, value) VALUES (?, 0, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < txs; i++) {
      const id = tx.get(busyTxid(i), 1_600_000_000 + Math.floor(i / 2)) as number;
      out.run(id, address, 1000 + i);
      if (i % 5 === 0) input.run(id, address, 300);
    }
  })();
  return address;
}
