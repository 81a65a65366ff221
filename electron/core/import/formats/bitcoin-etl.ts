import type { Chain } from '../../../../shared/domain/chain';
import { normalizeScriptType } from '../../chain/script-address';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { FieldError, isObject, type JsonObject } from '../json-exact';
import { csvHeader, readCsvRows } from '../read/csv-rows';
import { jsonlKeys, readJsonlRows, rowRecords } from '../read/rows';
import type { ImportRecord, UtxoInputRecord, UtxoOutputRecord, UtxoTxRecord } from '../records';
import { address, hash, optionalHash, optionalInt, requiredInt, timestamp, utxoAmount } from './fields';

/**
 * BigQuery `crypto_bitcoin.transactions` / bitcoin-etl transaction rows: one transaction per row with nested inputs
 * and outputs (input values and addresses included, which Core's getblock lacks). JSON lines, or CSV whose
 * `inputs`/`outputs` columns hold the nested arrays as JSON.
 */
const TX_COLUMNS = ['hash', 'block_hash', 'inputs', 'outputs'];

export const bitcoinEtlJsonl: ImportFormat = {
  id: 'bitcoin-etl-jsonl',
  label: 'BigQuery crypto_bitcoin / bitcoin-etl transactions (JSON lines)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    const keys = jsonlKeys(sample.head);
    return TX_COLUMNS.every((c) => keys.includes(c)) ? 0.95 : 0;
  },
  read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = input.options.chain ?? 'BTC';
    // Satoshi amounts fit a double exactly; utxoAmount refuses any that would not.
    return rowRecords(readJsonlRows(input, false), (values) => txRecord(chain, values));
  },
};

export const bitcoinEtlCsv: ImportFormat = {
  id: 'bitcoin-etl-csv',
  label: 'BigQuery crypto_bitcoin / bitcoin-etl transactions (CSV, nested columns as JSON)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    const header = csvHeader(sample.head);
    return TX_COLUMNS.every((c) => header.includes(c)) ? 0.9 : 0;
  },
  read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = input.options.chain ?? 'BTC';
    return rowRecords(readCsvRows(input), (row) => {
      const values: JsonObject = { ...row };
      for (const nested of ['inputs', 'outputs']) values[nested] = nestedJson(row[nested], nested);
      return txRecord(chain, values);
    });
  },
};

/** A nested column of the CSV shape: a JSON array in one cell. */
function nestedJson(cell: unknown, field: string): unknown {
  try {
    return JSON.parse(typeof cell === 'string' && cell !== '' ? cell : '[]') as unknown;
  } catch (error) {
    throw new FieldError(field, `not a JSON array: ${(error as Error).message.slice(0, 100)}`);
  }
}

function txRecord(chain: Chain, row: JsonObject): UtxoTxRecord {
  const isCoinbase = row.is_coinbase === true || row.is_coinbase === 'true' || row.is_coinbase === 'True';
  const rawInputs = array(row.inputs, 'inputs');
  // Some exports keep the coinbase as an input without a previous output; its script is the pool's signature.
  const coinbaseInput = isCoinbase ? rawInputs.find((i) => isObject(i) && !i.spent_transaction_hash) : undefined;
  const inputs: UtxoInputRecord[] = isCoinbase ? [] : rawInputs.map((raw, n) => inputRecord(chain, raw, n));
  const outputs = array(row.outputs, 'outputs').map((raw, n) => outputRecord(chain, raw, n));
  return {
    kind: 'utxo-tx',
    chain,
    txid: hash(row.hash, 'hash'),
    blockHash: optionalHash(row.block_hash, 'block_hash'),
    blockHeight: optionalInt(row.block_number, 'block_number'),
    blockTime: timestamp(row.block_timestamp, 'block_timestamp'),
    txIndex: optionalInt(row.index, 'index'),
    isCoinbase,
    coinbaseScript: isObject(coinbaseInput) && typeof coinbaseInput.script_hex === 'string' && coinbaseInput.script_hex ? coinbaseInput.script_hex : null,
    version: optionalInt(row.version, 'version'),
    locktime: optionalInt(row.lock_time, 'lock_time'),
    size: optionalInt(row.size, 'size'),
    vsize: optionalInt(row.virtual_size, 'virtual_size'),
    inputs,
    outputs,
  };
}

function inputRecord(chain: Chain, raw: unknown, n: number): UtxoInputRecord {
  const field = `inputs[${n}]`;
  if (!isObject(raw)) throw new FieldError(field, 'expected an object');
  return {
    vin: optionalInt(raw.index, `${field}.index`) ?? n,
    prevTxid: hash(raw.spent_transaction_hash, `${field}.spent_transaction_hash`),
    prevVout: requiredInt(raw.spent_output_index, `${field}.spent_output_index`),
    address: singleAddress(chain, raw.addresses, `${field}.addresses`),
    value: raw.value === undefined || raw.value === null ? null : utxoAmount(raw.value, `${field}.value`),
    sequence: optionalInt(raw.sequence, `${field}.sequence`),
  };
}

function outputRecord(chain: Chain, raw: unknown, n: number): UtxoOutputRecord {
  const field = `outputs[${n}]`;
  if (!isObject(raw)) throw new FieldError(field, 'expected an object');
  return {
    vout: optionalInt(raw.index, `${field}.index`) ?? n,
    address: singleAddress(chain, raw.addresses, `${field}.addresses`),
    value: utxoAmount(raw.value, `${field}.value`),
    scriptType: normalizeScriptType(typeof raw.type === 'string' ? raw.type : null),
  };
}

/** bitcoin-etl lists addresses per script; bare multisig lists several and has no single address. */
function singleAddress(chain: Chain, value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  const list = array(value, field);
  if (list.length !== 1) return null;
  const [only] = list;
  // bitcoin-etl writes "nonstandard<hash>" for scripts without an address.
  if (typeof only === 'string' && only.startsWith('nonstandard')) return null;
  return address(chain, only, `${field}[0]`);
}

function array(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new FieldError(field, 'expected an array');
  return value;
}
