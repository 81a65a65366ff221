import type Database from 'better-sqlite3';
import type { ImportCounts } from '../../../shared/domain/source';
import { AddressCache } from './address-cache';
import type { BlockRecord, TransferRecord, UtxoTxRecord } from './records';

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
 */
export class LedgerWriter {
  readonly seen = emptyCounts();
  readonly added = emptyCounts();
  readonly addresses: AddressCache;
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly sourceId: number,
  ) {
    this.addresses = new AddressCache(db);
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
          coinbase_script, version, locktime, size, vsize, input_count, output_count, input_value, output_value, fee)
        VALUES (@chain, @txid, @blockHash, @blockHeight, @blockTime, @txIndex, @isCoinbase, @coinbaseScript, @version,
          @locktime, @size, @vsize, @inputCount, @outputCount, @inputValue, @outputValue, @fee)
        ON CONFLICT (chain, txid) DO NOTHING RETURNING id`).pluck(),
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
      spendersOf: p(`SELECT i.tx_id AS txId, i.vin, i.prev_vout AS prevVout FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id
        WHERE i.prev_txid = ? AND t.chain = ?`),
      settleTotals: p(`UPDATE transactions SET
          input_value = CASE WHEN is_coinbase OR EXISTS (SELECT 1 FROM tx_inputs WHERE tx_id = transactions.id AND value IS NULL)
            THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) END,
          fee = CASE WHEN is_coinbase OR EXISTS (SELECT 1 FROM tx_inputs WHERE tx_id = transactions.id AND value IS NULL)
            THEN NULL ELSE (SELECT sum(value) FROM tx_inputs WHERE tx_id = transactions.id) - output_value END
        WHERE id = ?`),
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

  /** Writes what the address cache holds back, and returns the counts with the address tally folded in. */
  finish(): { seen: ImportCounts; added: ImportCounts } {
    this.addresses.flush();
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
    const prevs = this.resolvePrevOutputs(record);
    const outputIds = record.outputs.map((o) => this.addresses.id(chain, o.address, o.scriptType, time));
    const inputs = record.inputs.map((input, n) => {
      const prev = prevs[n];
      return {
        input,
        prev,
        addressId: prev?.addressId ?? this.addresses.id(chain, input.address, null, time),
        value: prev ? BigInt(prev.value) : input.value,
      };
    });
    // Insert first: a new transaction (the common case) costs one statement, a known one falls back to a lookup.
    const inserted = this.insertTx(record, inputs.map((i) => i.value));
    const existing = inserted === undefined ? (this.stmt.findTx.get(chain, record.txid) as number) : undefined;
    const txId = inserted ?? (existing as number);
    this.stmt.linkSource.run(txId, this.sourceId);
    if (existing !== undefined) this.stmt.fillTx.run({ ...txParams(record), id: existing });

    if (existing === undefined) {
      record.outputs.forEach((output, n) => {
        this.stmt.insertOutput.run(txId, output.vout, outputIds[n] ?? null, output.value, output.scriptType);
      });
      this.added.outputs += record.outputs.length;
      this.linkEarlierSpenders(record, txId, outputIds);
    }
    for (const { input, prev, addressId, value } of inputs) {
      if (existing === undefined) this.stmt.insertInput.run(txId, input.vin, input.prevTxid, input.prevVout, addressId, value, input.sequence);
      else this.stmt.fillInput.run(addressId, value, txId, input.vin);
      if (prev) this.stmt.markSpent.run(txId, input.vin, prev.txId, prev.vout);
    }
    if (existing === undefined) this.added.inputs += record.inputs.length;
    else this.stmt.settleTotals.run(txId);
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

  /** Inputs imported earlier that spend this transaction's outputs learn their address and value now. */
  private linkEarlierSpenders(record: UtxoTxRecord, txId: number, outputIds: (number | null)[]): void {
    const spenders = this.stmt.spendersOf.all(record.txid, record.chain) as { txId: number; vin: number; prevVout: number }[];
    for (const spender of spenders) {
      const n = record.outputs.findIndex((o) => o.vout === spender.prevVout);
      const output = record.outputs[n];
      if (!output) continue;
      this.stmt.fillInput.run(outputIds[n] ?? null, output.value, spender.txId, spender.vin);
      this.stmt.markSpent.run(spender.txId, spender.vin, txId, output.vout);
      this.stmt.settleTotals.run(spender.txId);
    }
  }

  /** Inserts the transaction row; undefined when the case already has it. */
  private insertTx(record: UtxoTxRecord, inputValues: (bigint | null)[]): number | undefined {
    const outputValue = record.outputs.reduce((sum, o) => sum + o.value, 0n);
    const known = !record.isCoinbase && inputValues.every((v) => v !== null);
    const inputValue = known ? inputValues.reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n) : null;
    const id = this.stmt.insertTx.get({
      ...txParams(record),
      chain: record.chain,
      txid: record.txid,
      isCoinbase: record.isCoinbase ? 1 : 0,
      inputCount: record.inputs.length,
      outputCount: record.outputs.length,
      inputValue,
      outputValue,
      fee: inputValue === null ? null : inputValue - outputValue,
    }) as number | undefined;
    if (id !== undefined) this.added.transactions += 1;
    return id;
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
