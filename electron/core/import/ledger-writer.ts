import type Database from 'better-sqlite3';
import type { ImportCounts } from '../../../shared/domain/source';
import type { BlockRecord, UtxoTxRecord } from './records';

export const emptyCounts = (): ImportCounts => ({
  blocks: 0,
  transactions: 0,
  inputs: 0,
  outputs: 0,
  transfers: 0,
  tags: 0,
  addresses: 0,
});

/**
 * Writes normalized ledger records into a case, inside the caller's transaction. Idempotent: a transaction already in
 * the case (from this file or another format) is linked to the new source and only fills what was unknown.
 */
export class LedgerWriter {
  readonly seen = emptyCounts();
  readonly added = emptyCounts();
  private readonly seenAddresses = new Set<string>();
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    private readonly sourceId: number,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      insertBlock: p(`INSERT INTO blocks (chain, hash, height, time, prev_hash, merkle_root, tx_count)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET
          height = coalesce(height, excluded.height), time = coalesce(time, excluded.time),
          prev_hash = coalesce(prev_hash, excluded.prev_hash), merkle_root = coalesce(merkle_root, excluded.merkle_root),
          tx_count = coalesce(tx_count, excluded.tx_count)`),
      blockExists: p('SELECT 1 FROM blocks WHERE chain = ? AND hash = ?').pluck(),
      findTx: p('SELECT id FROM transactions WHERE chain = ? AND txid = ?').pluck(),
      insertTx: p(`INSERT INTO transactions (chain, txid, block_hash, block_height, block_time, tx_index, is_coinbase,
          coinbase_script, version, locktime, size, vsize, input_count, output_count, output_value)
        VALUES (@chain, @txid, @blockHash, @blockHeight, @blockTime, @txIndex, @isCoinbase, @coinbaseScript, @version,
          @locktime, @size, @vsize, @inputCount, @outputCount, @outputValue)`),
      fillTx: p(`UPDATE transactions SET block_hash = coalesce(block_hash, @blockHash),
          block_height = coalesce(block_height, @blockHeight), block_time = coalesce(block_time, @blockTime),
          tx_index = coalesce(tx_index, @txIndex), size = coalesce(size, @size), vsize = coalesce(vsize, @vsize)
        WHERE id = @id`),
      linkSource: p('INSERT OR IGNORE INTO tx_sources (tx_id, source_id) VALUES (?, ?)'),
      upsertAddress: p(`INSERT INTO addresses (chain, address, script_type, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (chain, address) DO UPDATE SET
          script_type = coalesce(script_type, excluded.script_type),
          first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
          last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))
        RETURNING id`),
      addressExists: p('SELECT id FROM addresses WHERE chain = ? AND address = ?').pluck(),
      insertOutput: p(`INSERT INTO tx_outputs (tx_id, vout, address_id, value, script_type) VALUES (?, ?, ?, ?, ?)`),
      insertInput: p(`INSERT INTO tx_inputs (tx_id, vin, prev_txid, prev_vout, address_id, value, sequence)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      fillInput: p(`UPDATE tx_inputs SET address_id = coalesce(address_id, ?), value = coalesce(value, ?)
        WHERE tx_id = ? AND vin = ?`),
      prevOutput: p(`SELECT o.tx_id AS txId, o.address_id AS addressId, o.value AS value FROM transactions t
        JOIN tx_outputs o ON o.tx_id = t.id WHERE t.chain = ? AND t.txid = ? AND o.vout = ?`),
      markSpent: p('UPDATE tx_outputs SET spent_by_tx_id = ?, spent_by_vin = ? WHERE tx_id = ? AND vout = ?'),
      spendersOf: p(`SELECT i.tx_id AS txId, i.vin AS vin FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id
        WHERE i.prev_txid = ? AND i.prev_vout = ? AND t.chain = ?`),
      settleTotals: p(`UPDATE transactions SET
          input_value = CASE WHEN is_coinbase THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) END,
          fee = CASE WHEN is_coinbase OR EXISTS (SELECT 1 FROM tx_inputs WHERE tx_id = transactions.id AND value IS NULL)
            THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) - output_value END
        WHERE id = ?`),
    };
  }

  block(record: BlockRecord): void {
    this.seen.blocks += 1;
    const existed = this.stmt.blockExists.get(record.chain, record.hash) !== undefined;
    this.stmt.insertBlock.run(record.chain, record.hash, record.height, record.time, record.prevHash, record.merkleRoot, record.txCount);
    if (!existed) this.added.blocks += 1;
  }

  utxoTx(record: UtxoTxRecord): void {
    this.seen.transactions += 1;
    this.seen.inputs += record.inputs.length;
    this.seen.outputs += record.outputs.length;
    const time = record.blockTime;
    const existing = this.stmt.findTx.get(record.chain, record.txid) as number | undefined;
    const txId = existing ?? this.insertTx(record);
    this.stmt.linkSource.run(txId, this.sourceId);
    if (existing !== undefined) this.stmt.fillTx.run({ ...txParams(record), id: existing });

    for (const output of record.outputs) {
      const addressId = this.address(record.chain, output.address, output.scriptType, time);
      if (existing === undefined) {
        this.stmt.insertOutput.run(txId, output.vout, addressId, output.value, output.scriptType);
        this.added.outputs += 1;
        // Inputs imported earlier that spend this output learn their address and value now.
        for (const spender of this.stmt.spendersOf.all(record.txid, output.vout, record.chain) as { txId: number; vin: number }[]) {
          this.stmt.fillInput.run(addressId, output.value, spender.txId, spender.vin);
          this.stmt.markSpent.run(spender.txId, spender.vin, txId, output.vout);
          this.stmt.settleTotals.run(spender.txId);
        }
      }
    }
    for (const input of record.inputs) {
      const prev = input.prevTxid === null || input.prevVout === null
        ? undefined
        : (this.stmt.prevOutput.get(record.chain, input.prevTxid, input.prevVout) as
            | { txId: number; addressId: number | null; value: number }
            | undefined);
      const addressId = prev?.addressId ?? this.address(record.chain, input.address, null, time);
      const value = prev?.value ?? input.value;
      if (existing === undefined) {
        this.stmt.insertInput.run(txId, input.vin, input.prevTxid, input.prevVout, addressId, value, input.sequence);
        this.added.inputs += 1;
      } else {
        this.stmt.fillInput.run(addressId, value, txId, input.vin);
      }
      if (prev) this.stmt.markSpent.run(txId, input.vin, prev.txId, input.prevVout);
    }
    this.stmt.settleTotals.run(txId);
  }

  private insertTx(record: UtxoTxRecord): number {
    const info = this.stmt.insertTx.run({
      ...txParams(record),
      chain: record.chain,
      txid: record.txid,
      isCoinbase: record.isCoinbase ? 1 : 0,
      coinbaseScript: record.coinbaseScript,
      version: record.version,
      locktime: record.locktime,
      inputCount: record.inputs.length,
      outputCount: record.outputs.length,
      outputValue: record.outputs.reduce((sum, o) => sum + o.value, 0n),
    });
    this.added.transactions += 1;
    return Number(info.lastInsertRowid);
  }

  /** Upserts an address and widens its first/last seen; returns its id (null for scripts without an address). */
  private address(chain: string, address: string | null, scriptType: string | null, time: number | null): number | null {
    if (address === null) return null;
    const key = `${chain}:${address}`;
    if (!this.seenAddresses.has(key)) {
      this.seenAddresses.add(key);
      this.seen.addresses += 1;
      if (this.stmt.addressExists.get(chain, address) === undefined) this.added.addresses += 1;
    }
    const row = this.stmt.upsertAddress.get(chain, address, scriptType, time, time) as { id: number };
    return row.id;
  }
}

function txParams(record: UtxoTxRecord) {
  return {
    blockHash: record.blockHash,
    blockHeight: record.blockHeight,
    blockTime: record.blockTime,
    txIndex: record.txIndex,
    size: record.size,
    vsize: record.vsize,
  };
}
