import fs from 'node:fs';
import { once } from 'node:events';
import type { UtxoTxRecord } from '../import/records';
import { addressFromString } from './addresses';
import { generateDemo, type DemoOptions } from './generator';

const CHUNK_BYTES = 1 << 20;

/** One row of BigQuery `crypto_bitcoin.transactions` (the bitcoin-etl export shape), values in satoshi. */
export function toBigQueryRow(tx: UtxoTxRecord): Record<string, unknown> {
  const inputValue = tx.inputs.reduce((s, i) => s + (i.value ?? 0n), 0n);
  const outputValue = tx.outputs.reduce((s, o) => s + o.value, 0n);
  return {
    hash: tx.txid,
    size: tx.size,
    virtual_size: tx.vsize,
    version: tx.version,
    lock_time: tx.locktime,
    block_number: tx.blockHeight,
    block_hash: tx.blockHash,
    block_timestamp: tx.blockTime,
    is_coinbase: tx.isCoinbase,
    index: tx.txIndex,
    inputs: tx.inputs.map((i) => ({
      index: i.vin,
      spent_transaction_hash: i.prevTxid,
      spent_output_index: i.prevVout,
      script_asm: '',
      script_hex: '',
      sequence: i.sequence,
      required_signatures: 1,
      type: null,
      addresses: i.address ? [i.address] : [],
      value: Number(i.value),
    })),
    outputs: tx.outputs.map((o) => {
      const script = o.address ? addressFromString(o.address) : null;
      return {
        index: o.vout,
        script_asm: script?.scriptAsm ?? '',
        script_hex: script?.scriptHex ?? '',
        required_signatures: 1,
        type: o.scriptType,
        addresses: o.address ? [o.address] : [],
        value: Number(o.value),
      };
    }),
    input_count: tx.inputs.length,
    output_count: tx.outputs.length,
    input_value: tx.isCoinbase ? 0 : Number(inputValue),
    output_value: Number(outputValue),
    fee: tx.isCoinbase ? 0 : Number(inputValue - outputValue),
  };
}

/**
 * Streams the demo (with `scale` background transactions) to a JSON-lines file in the BigQuery shape, for import
 * benchmarks. Writes with backpressure, so memory stays flat at 1M transactions.
 */
export async function writeBigQueryJsonl(filePath: string, options: DemoOptions): Promise<number> {
  const out = fs.createWriteStream(filePath);
  let rows = 0;
  let chunk: string[] = [];
  let size = 0;
  // Rows go out in ~1 MB writes: one write per row costs more in stream bookkeeping than the JSON itself.
  const flush = async (): Promise<void> => {
    const ok = out.write(chunk.join(''));
    chunk = [];
    size = 0;
    if (!ok) await once(out, 'drain');
  };
  for (const record of generateDemo(options).records) {
    if (record.kind !== 'utxo-tx') continue;
    const line = `${JSON.stringify(toBigQueryRow(record))}\n`;
    chunk.push(line);
    size += line.length;
    rows += 1;
    if (size >= CHUNK_BYTES) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return rows;
}
