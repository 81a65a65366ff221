import type Database from 'better-sqlite3';

/**
 * The UTXO ledger of a case as typed arrays in CSR layout, indexed by transaction row id: a million transactions cost
 * tens of megabytes and no JS object per transaction. Outputs and inputs of tx t live at [start[t], start[t + 1]).
 */
export interface LedgerGraph {
  /** Transaction slots: row ids run 1..txSlots-1 (slot 0 unused). */
  txSlots: number;
  txTime: Float64Array;
  txHeight: Float64Array;
  txCoinbase: Uint8Array;
  outStart: Int32Array;
  outVout: Int32Array;
  /** Address row id, 0 when the script has no address. */
  outAddr: Int32Array;
  /** Satoshi; exact in a double up to 2^53 (all BTC ever is 2.1e15). */
  outValue: Float64Array;
  /** Script type code: an index into scriptTypes. */
  outType: Uint8Array;
  scriptTypes: string[];
  /** Spending tx row id, 0 while unspent (or spent outside the case). */
  outSpentBy: Int32Array;
  inStart: Int32Array;
  inAddr: Int32Array;
  /** Satoshi; 0 where the value is not in the case (see inUnknown). */
  inValue: Float64Array;
  /** 1 where the input's value is not in the case (it spends an output the case does not hold): not zero, unknown. */
  inUnknown: Uint8Array;
  /** Global index of the output an input spends, -1 when it lies outside the case. */
  inPrev: Int32Array;
  addressSlots: number;
}

/** CSR starts from per-transaction counts: start[t] is where transaction t's rows begin. */
function prefixSums(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) start[t + 1] = (start[t] as number) + (counts[t] as number);
  return start;
}

/** Counts rows per transaction the slow way, for a case whose stored input/output counts disagree with its rows. */
function countRows(db: Database.Database, table: 'tx_outputs' | 'tx_inputs', slots: number): Int32Array {
  const counts = new Int32Array(slots);
  for (const [txId, n] of db.prepare(`SELECT tx_id, count(*) FROM ${table} GROUP BY tx_id`).raw().iterate() as IterableIterator<[number, number]>) {
    counts[txId] = n;
  }
  return counts;
}

/** Stored counts give the layout in the same pass as the rows; a case whose counts disagree is recounted. */
function laidOut<T>(db: Database.Database, table: 'tx_outputs' | 'tx_inputs', stored: Int32Array, read: (start: Int32Array) => T | null): { start: Int32Array; rows: T } {
  const start = prefixSums(stored);
  const rows = read(start);
  if (rows) return { start, rows };
  const recounted = prefixSums(countRows(db, table, stored.length));
  const again = read(recounted);
  if (!again) throw new Error(`${table} changed while the ledger graph was loading`);
  return { start: recounted, rows: again };
}

/** The transaction an output or input index belongs to (`starts`: outStart or inStart): binary search over the CSR starts. */
export function ownerByStarts(g: LedgerGraph, starts: Int32Array, index: number): number {
  let lo = 1;
  let hi = g.txSlots - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows of `table` in (tx_id, n) order: they fill each transaction's CSR slice in turn, checked against its bounds. */
function fillRows<Row extends unknown[]>(start: Int32Array, rows: IterableIterator<Row>, put: (row: Row, at: number) => void): boolean {
  let at = 0;
  for (const row of rows) {
    const tx = row[0] as number;
    if (at < (start[tx] as number) || at >= (start[tx + 1] as number)) return false;
    put(row, at);
    at += 1;
  }
  return at === start[start.length - 1];
}

export function loadLedgerGraph(db: Database.Database): LedgerGraph {
  const txSlots = ((db.prepare('SELECT max(id) FROM transactions').pluck().get() as number | null) ?? 0) + 1;
  const addressSlots = ((db.prepare('SELECT max(id) FROM addresses').pluck().get() as number | null) ?? 0) + 1;
  const txTime = new Float64Array(txSlots);
  const txHeight = new Float64Array(txSlots).fill(-1);
  const txCoinbase = new Uint8Array(txSlots);
  const inCounts = new Int32Array(txSlots);
  const outCounts = new Int32Array(txSlots);
  for (const [id, time, height, coinbase, nIn, nOut] of db
    .prepare('SELECT id, coalesce(block_time, 0), coalesce(block_height, -1), is_coinbase, input_count, output_count FROM transactions')
    .raw()
    .iterate() as IterableIterator<[number, number, number, number, number, number]>) {
    txTime[id] = time;
    txHeight[id] = height;
    txCoinbase[id] = coinbase;
    inCounts[id] = nIn;
    outCounts[id] = nOut;
  }

  const scriptTypes: string[] = [];
  const typeCodes = new Map<string, number>();
  const typeCode = (type: string): number => {
    let code = typeCodes.get(type);
    if (code === undefined) {
      code = scriptTypes.push(type) - 1;
      typeCodes.set(type, code);
    }
    return code;
  };
  const outputSql = 'SELECT tx_id, vout, coalesce(address_id, 0), value, coalesce(spent_by_tx_id, 0), coalesce(spent_by_vin, -1), script_type FROM tx_outputs';
  type OutputRow = [number, number, number, number, number, number, string];
  const readOutputs = (start: Int32Array) => {
    const n = start[txSlots] as number;
    const arrays = {
      outVout: new Int32Array(n), outAddr: new Int32Array(n), outValue: new Float64Array(n), outSpentBy: new Int32Array(n),
      outType: new Uint8Array(n), spentVin: new Int32Array(n),
    };
    const ok = fillRows(start, db.prepare(outputSql).raw().iterate() as IterableIterator<OutputRow>, ([, vout, addr, value, spentBy, vin, type], at) => {
      arrays.outVout[at] = vout;
      arrays.outAddr[at] = addr;
      arrays.outValue[at] = value;
      arrays.outSpentBy[at] = spentBy;
      arrays.spentVin[at] = vin;
      arrays.outType[at] = typeCode(type);
    });
    return ok ? arrays : null;
  };
  const { start: outStart, rows: outputs } = laidOut(db, 'tx_outputs', outCounts, readOutputs);
  const { outVout, outAddr, outValue, outSpentBy, outType, spentVin } = outputs;
  const outCount = outValue.length;

  const inputSql = 'SELECT tx_id, coalesce(address_id, 0), coalesce(value, 0), value IS NULL FROM tx_inputs';
  const readInputs = (start: Int32Array) => {
    const n = start[txSlots] as number;
    const arrays = { inAddr: new Int32Array(n), inValue: new Float64Array(n), inUnknown: new Uint8Array(n) };
    const ok = fillRows(start, db.prepare(inputSql).raw().iterate() as IterableIterator<[number, number, number, number]>, ([, addr, value, unknown], at) => {
      arrays.inAddr[at] = addr;
      arrays.inValue[at] = value;
      arrays.inUnknown[at] = unknown;
    });
    return ok ? arrays : null;
  };
  const { start: inStart, rows: inputs } = laidOut(db, 'tx_inputs', inCounts, readInputs);
  const { inAddr, inValue, inUnknown } = inputs;
  const inPrev = new Int32Array(inValue.length).fill(-1);
  for (let k = 0; k < outCount; k++) {
    const spender = outSpentBy[k] ?? 0;
    const vin = spentVin[k] ?? -1;
    if (spender > 0 && vin >= 0) inPrev[(inStart[spender] ?? 0) + vin] = k;
  }
  return { txSlots, txTime, txHeight, txCoinbase, outStart, outVout, outAddr, outValue, outType, scriptTypes, outSpentBy, inStart, inAddr, inValue, inUnknown, inPrev, addressSlots };
}
