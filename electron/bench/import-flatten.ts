import fs from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import { stringify } from 'csv-stringify/sync';

/** The three tables the raw-SQLite comparison loads, flattened from BigQuery rows (addresses as text, no ids). */
export const SQLITE_SCHEMA = `
CREATE TABLE transactions (txid TEXT NOT NULL UNIQUE, block_hash TEXT, block_height INTEGER, block_time INTEGER,
  tx_index INTEGER, is_coinbase INTEGER, version INTEGER, locktime INTEGER, size INTEGER, vsize INTEGER,
  input_count INTEGER, output_count INTEGER, input_value INTEGER, output_value INTEGER, fee INTEGER) STRICT;
CREATE TABLE tx_inputs (txid TEXT NOT NULL, vin INTEGER NOT NULL, prev_txid TEXT, prev_vout INTEGER, address TEXT,
  value INTEGER, sequence INTEGER, PRIMARY KEY (txid, vin)) STRICT, WITHOUT ROWID;
CREATE INDEX tx_inputs_prevout ON tx_inputs(prev_txid, prev_vout);
CREATE INDEX tx_inputs_address ON tx_inputs(address);
CREATE TABLE tx_outputs (txid TEXT NOT NULL, vout INTEGER NOT NULL, address TEXT, value INTEGER NOT NULL,
  script_type TEXT NOT NULL, PRIMARY KEY (txid, vout)) STRICT, WITHOUT ROWID;
CREATE INDEX tx_outputs_address ON tx_outputs(address);
`;

interface BqRow {
  hash: string;
  block_hash: string | null;
  block_number: number | null;
  block_timestamp: number | null;
  index: number | null;
  is_coinbase: boolean;
  version: number | null;
  lock_time: number | null;
  size: number | null;
  virtual_size: number | null;
  inputs: { index: number; spent_transaction_hash: string; spent_output_index: number; addresses: string[]; value: number; sequence: number | null }[];
  outputs: { index: number; addresses: string[]; value: number; type: string }[];
  input_value: number;
  output_value: number;
  fee: number;
}

/** Streams a BigQuery JSON-lines file into one CSV per table; returns the number of rows written (all tables). */
export async function flattenToCsv(input: string, csv: { transactions: string; inputs: string; outputs: string }): Promise<number> {
  const out = {
    transactions: fs.createWriteStream(csv.transactions),
    inputs: fs.createWriteStream(csv.inputs),
    outputs: fs.createWriteStream(csv.outputs),
  };
  const write = async (stream: fs.WriteStream, rows: unknown[][]): Promise<void> => {
    if (rows.length > 0 && !stream.write(stringify(rows))) await once(stream, 'drain');
  };
  let rows = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(input), crlfDelay: Infinity })) {
    if (!line) continue;
    const tx = JSON.parse(line) as BqRow;
    const first = (a: string[]) => a[0] ?? '';
    await write(out.transactions, [[tx.hash, tx.block_hash, tx.block_number, tx.block_timestamp, tx.index, tx.is_coinbase ? 1 : 0, tx.version, tx.lock_time,
      tx.size, tx.virtual_size, tx.inputs.length, tx.outputs.length, tx.input_value, tx.output_value, tx.fee]]);
    await write(out.inputs, tx.inputs.map((i) => [tx.hash, i.index, i.spent_transaction_hash, i.spent_output_index, first(i.addresses), i.value, i.sequence]));
    await write(out.outputs, tx.outputs.map((o) => [tx.hash, o.index, first(o.addresses), o.value, o.type]));
    rows += 1 + tx.inputs.length + tx.outputs.length;
  }
  await Promise.all(Object.values(out).map(async (s) => {
    s.end();
    await once(s, 'finish');
  }));
  return rows;
}
