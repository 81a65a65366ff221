import type Database from 'better-sqlite3';
import type { ImportCounts } from '../../../shared/domain/source';
import { AddressCache } from './address-cache';
import { BulkIndexes } from './bulk-indexes';
import type { BlockRecord, TransferRecord, UtxoTxRecord } from './records';
import { linkSpends, SETTLE_TOTALS } from './spent-links';

export const emptyCounts = (): ImportCounts => ({
  blocks: 0,
  transactions: 0,
  inputs: 0,
  outputs: 0,
  transfers: 0,
  tags: 0,
  addresses: 0,
  actors: 0,
  pools: 0,
  prices: 0,
});

const MAX_SQLITE_INTEGER = 2n ** 63n - 1n;

interface PrevOutput {
  txId: number;
  vout: number;
  addressId: number | null;
  value: number;
}

/**
 * Writes normalized ledger records into a case, inside the caller's transaction. Idempotent: a transaction already in
 * the case (from this file or another format) is linked to the new source and only fills what was unknown.
 * A txid seen in two blocks (pre-BIP30 duplicate coinbases, e.g. BCH/BTC block 91722) stays one row placed in the
 * first block imported: as in Bitcoin Core, only one copy of its outputs exists.
 * A new transaction's rows are written as they come; which outputs its inputs spend is settled in `finish`, for the
 * whole import at once (spent-links.ts).
 */
export class LedgerWriter {
  readonly seen = emptyCounts();
  readonly added = emptyCounts();
  readonly addresses: AddressCache;
  private readonly stmt;
  /** The highest transaction id before this import: every id above it is a transaction the import added. */
  private readonly txIdBefore: number;
  private readonly indexes: BulkIndexes;

  constructor(
    private readonly db: Database.Database,
    private readonly sourceId: number,
    bulkMinTransactions?: number,
  ) {
    this.addresses = new AddressCache(db);
    this.txIdBefore = db.prepare('SELECT coalesce(max(id), 0) FROM transactions').pluck().get() as number;
    this.indexes = new BulkIndexes(db, db.prepare('SELECT count(*) FROM transactions').pluck().get() as number, bulkMinTransactions);
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      insertBlock: p(`INSERT INTO blocks (chain, hash, height, time, prev_hash, merkle_root, tx_count)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET
          height = coalesce(height, excluded.height), time = coalesce(time, excluded.time),
          prev_hash = coalesce(prev_hash, excluded.prev_hash), merkle_root = coalesce(merkle_root, excluded.merkle_root),
          tx_count = coalesce(tx_count, excluded.tx_count)`),
      blockExists: p('SELECT 1 FROM blocks WHERE chain = ? AND hash = ?').pluck(),
      findTx: p('SELECT id FROM transactions WHERE chain = ? AND txid = ?').pluck(),
      // No RETURNING: it makes SQLite keep a statement journal, a copy of every page each insert touches.
      insertTx: p(`INSERT INTO transactions (chain, txid, block_hash, block_height, block_time, tx_index, is_coinbase,
          coinbase_script, version, locktime, size, vsize, input_count, output_count, input_value, output_value, fee)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chain, txid) DO NOTHING`),
      fillTx: p(`UPDATE transactions SET block_hash = coalesce(block_hash, @blockHash),
          block_height = coalesce(block_height, @blockHeight), block_time = coalesce(block_time, @blockTime),
          tx_index = coalesce(tx_index, @txIndex), size = coalesce(size, @size), vsize = coalesce(vsize, @vsize),
          coinbase_script = coalesce(coinbase_script, @coinbaseScript), version = coalesce(version, @version),
          locktime = coalesce(locktime, @locktime)
        WHERE id = @id`),
      linkSource: p('INSERT OR IGNORE INTO tx_sources (tx_id, source_id) VALUES (?, ?)'),
      insertOutput: p('INSERT INTO tx_outputs (tx_id, vout, address_id, value, script_type) VALUES (?, ?, ?, ?, ?)'),
      insertInput: p(`INSERT INTO tx_inputs (tx_id, vin, prev_txid, prev_vout, address_id, value, sequence)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      fillInput: p(`UPDATE tx_inputs SET address_id = coalesce(address_id, ?), value = coalesce(value, ?)
        WHERE tx_id = ? AND vin = ?`),
      prevOutputs: p(`SELECT o.tx_id AS txId, o.vout, o.address_id AS addressId, o.value FROM transactions t
        JOIN tx_outputs o ON o.tx_id = t.id WHERE t.chain = ? AND t.txid = ?`),
      markSpent: p('UPDATE tx_outputs SET spent_by_tx_id = ?, spent_by_vin = ? WHERE tx_id = ? AND vout = ?'),
      settleTotals: p(`UPDATE transactions SET ${SETTLE_TOTALS} WHERE id = ?`),
      insertAccountTx: p(`INSERT INTO transactions (chain, txid, block_hash, block_height, block_time)
        VALUES (?, ?, ?, ?, ?)`),
      fillAccountTx: p(`UPDATE transactions SET block_hash = coalesce(block_hash, ?), block_height = coalesce(block_height, ?),
          block_time = coalesce(block_time, ?) WHERE id = ?`),
      insertTransfer: p(`INSERT INTO transfers (tx_id, log_index, token, from_address_id, to_address_id, value)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tx_id, log_index, token) DO NOTHING`),
      settleTransfer: p(`UPDATE transfers SET value = ?, from_address_id = coalesce(?, from_address_id), to_address_id = coalesce(?, to_address_id)
        WHERE tx_id = ? AND log_index = ? AND token = ?`),
      fillAccountFee: p('UPDATE transactions SET fee = coalesce(fee, ?) WHERE id = ?'),
    };
  }

  /**
   * Writes what the address cache holds back, rebuilds any index the import dropped, links the import's inputs to the
   * outputs they spend, and returns the counts with the address tally folded in.
   */
  finish(): { seen: ImportCounts; added: ImportCounts } {
    this.addresses.flush();
    this.indexes.restore();
    if (this.seen.transactions > 0) linkSpends(this.db, this.txIdBefore);
    return {
      seen: { ...this.seen, addresses: this.addresses.seen },
      added: { ...this.added, addresses: this.addresses.added },
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
    const { chain, blockTime: time } = record;
    const outputIds = record.outputs.map((o) => this.addresses.id(chain, o.address, o.scriptType, time));
    const inputIds = record.inputs.map((i) => this.addresses.id(chain, i.address, null, time));
    // Insert first: a new transaction (the common case) costs one statement, a known one falls back to a lookup.
    const txId = this.insertTx(record);
    if (txId === undefined) {
      this.fillKnownTx(record, inputIds);
      return;
    }
    this.stmt.linkSource.run(txId, this.sourceId);
    record.outputs.forEach((output, n) => {
      this.stmt.insertOutput.run(txId, output.vout, outputIds[n] ?? null, output.value, output.scriptType);
    });
    record.inputs.forEach((input, n) => {
      this.stmt.insertInput.run(txId, input.vin, input.prevTxid, input.prevVout, inputIds[n] ?? null, input.value, input.sequence);
    });
    this.added.outputs += record.outputs.length;
    this.added.inputs += record.inputs.length;
    this.indexes.written(this.added.transactions);
  }

  /** A transaction already in the case: linked to this source, and what it lacked filled from this record. */
  private fillKnownTx(record: UtxoTxRecord, inputIds: (number | null)[]): void {
    const txId = this.stmt.findTx.get(record.chain, record.txid) as number;
    this.stmt.linkSource.run(txId, this.sourceId);
    this.stmt.fillTx.run({ ...txParams(record), id: txId });
    const prevs = this.resolvePrevOutputs(record);
    record.inputs.forEach((input, n) => {
      const prev = prevs[n];
      this.stmt.fillInput.run(prev?.addressId ?? inputIds[n] ?? null, prev ? prev.value : input.value, txId, input.vin);
      if (prev) this.stmt.markSpent.run(txId, input.vin, prev.txId, prev.vout);
    });
    this.stmt.settleTotals.run(txId);
  }

  /** A value movement on an account chain; its transaction row is created (or filled) on the way. */
  transfer(record: TransferRecord): void {
    this.seen.transfers += 1;
    let txId = this.stmt.findTx.get(record.chain, record.txid) as number | undefined;
    if (txId === undefined) {
      txId = Number(this.stmt.insertAccountTx.run(record.chain, record.txid, record.blockHash, record.blockHeight, record.blockTime).lastInsertRowid);
      this.added.transactions += 1;
    } else {
      this.stmt.fillAccountTx.run(record.blockHash, record.blockHeight, record.blockTime, txId);
    }
    this.stmt.linkSource.run(txId, this.sourceId);
    const from = this.addresses.id(record.chain, record.from, null, record.blockTime);
    const to = this.addresses.id(record.chain, record.to, null, record.blockTime);
    const info = this.stmt.insertTransfer.run(txId, record.logIndex, record.token, from, to, record.value.toString());
    if (info.changes > 0) this.added.transfers += 1;
    // A row that knows the transaction's outcome is the more complete record: it corrects one imported without it,
    // whichever came first (a failed transaction's value field is not what it moved).
    else if (record.outcomeKnown) this.stmt.settleTransfer.run(record.value.toString(), from, to, txId, record.logIndex, record.token);
    // Stored as a 64-bit integer: a fee above 9.2 ETH (there are a few) stays unknown rather than wrong.
    if (record.fee !== undefined && record.fee !== null && record.fee <= MAX_SQLITE_INTEGER) this.stmt.fillAccountFee.run(record.fee, txId);
  }

  /** Previous outputs already in the case, one lookup per distinct previous transaction. */
  private resolvePrevOutputs(record: UtxoTxRecord): (PrevOutput | undefined)[] {
    const byTx = new Map<string, PrevOutput[]>();
    return record.inputs.map((input) => {
      if (input.prevTxid === null || input.prevVout === null) return undefined;
      let outs = byTx.get(input.prevTxid);
      if (!outs) {
        outs = this.stmt.prevOutputs.all(record.chain, input.prevTxid) as PrevOutput[];
        byTx.set(input.prevTxid, outs);
      }
      return outs.find((o) => o.vout === input.prevVout);
    });
  }

  /** Inserts the transaction row (totals from the inputs' own values, settled in `finish`); undefined when the case has it. */
  private insertTx(record: UtxoTxRecord): number | undefined {
    const outputValue = record.outputs.reduce((sum, o) => sum + o.value, 0n);
    const known = !record.isCoinbase && record.inputs.every((i) => i.value !== null);
    const inputValue = known ? record.inputs.reduce<bigint>((sum, i) => sum + (i.value ?? 0n), 0n) : null;
    const info = this.stmt.insertTx.run(
      record.chain, record.txid, record.blockHash, record.blockHeight, record.blockTime, record.txIndex, record.isCoinbase ? 1 : 0,
      record.coinbaseScript, record.version, record.locktime, record.size, record.vsize, record.inputs.length, record.outputs.length,
      inputValue, outputValue, inputValue === null ? null : inputValue - outputValue,
    );
    if (info.changes === 0) return undefined;
    this.added.transactions += 1;
    return Number(info.lastInsertRowid);
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
    coinbaseScript: record.coinbaseScript,
    version: record.version,
    locktime: record.locktime,
  };
}
