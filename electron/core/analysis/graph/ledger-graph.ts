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
  inValue: Float64Array;
  /** Global index of the output an input spends, -1 when it lies outside the case. */
  inPrev: Int32Array;
  addressSlots: number;
}

function prefixStarts(db: Database.Database, table: 'tx_outputs' | 'tx_inputs', slots: number): Int32Array {
  const start = new Int32Array(slots + 1);
  for (const [txId, n] of db.prepare(`SELECT tx_id, count(*) FROM ${table} GROUP BY tx_id`).raw().iterate() as IterableIterator<[number, number]>) {
    start[txId + 1] = n;
  }
  for (let t = 1; t <= slots; t++) start[t] = (start[t] ?? 0) + (start[t - 1] ?? 0);
  return start;
}

export function loadLedgerGraph(db: Database.Database): LedgerGraph {
  const txSlots = ((db.prepare('SELECT max(id) FROM transactions').pluck().get() as number | null) ?? 0) + 1;
  const addressSlots = ((db.prepare('SELECT max(id) FROM addresses').pluck().get() as number | null) ?? 0) + 1;
  const txTime = new Float64Array(txSlots);
  const txHeight = new Float64Array(txSlots).fill(-1);
  const txCoinbase = new Uint8Array(txSlots);
  for (const [id, time, height, coinbase] of db
    .prepare('SELECT id, coalesce(block_time, 0), coalesce(block_height, -1), is_coinbase FROM transactions')
    .raw()
    .iterate() as IterableIterator<[number, number, number, number]>) {
    txTime[id] = time;
    txHeight[id] = height;
    txCoinbase[id] = coinbase;
  }

  const outStart = prefixStarts(db, 'tx_outputs', txSlots);
  const outCount = outStart[txSlots] ?? 0;
  const outVout = new Int32Array(outCount);
  const outAddr = new Int32Array(outCount);
  const outValue = new Float64Array(outCount);
  const outSpentBy = new Int32Array(outCount);
  const outType = new Uint8Array(outCount);
  const scriptTypes: string[] = [];
  const typeCodes = new Map<string, number>();
  const spentVin = new Int32Array(outCount).fill(-1);
  // Both tables are WITHOUT ROWID keyed by (tx_id, n): rows arrive grouped by transaction, in order.
  let o = 0;
  for (const [, vout, addr, value, spentBy, vin, type] of db
    .prepare('SELECT tx_id, vout, coalesce(address_id, 0), value, coalesce(spent_by_tx_id, 0), coalesce(spent_by_vin, -1), script_type FROM tx_outputs')
    .raw()
    .iterate() as IterableIterator<[number, number, number, number, number, number, string]>) {
    let code = typeCodes.get(type);
    if (code === undefined) {
      code = scriptTypes.push(type) - 1;
      typeCodes.set(type, code);
    }
    outType[o] = code;
    outVout[o] = vout;
    outAddr[o] = addr;
    outValue[o] = value;
    outSpentBy[o] = spentBy;
    spentVin[o] = vin;
    o += 1;
  }

  const inStart = prefixStarts(db, 'tx_inputs', txSlots);
  const inCount = inStart[txSlots] ?? 0;
  const inAddr = new Int32Array(inCount);
  const inValue = new Float64Array(inCount);
  const inPrev = new Int32Array(inCount).fill(-1);
  let i = 0;
  for (const [, addr, value] of db
    .prepare('SELECT tx_id, coalesce(address_id, 0), coalesce(value, 0) FROM tx_inputs')
    .raw()
    .iterate() as IterableIterator<[number, number, number]>) {
    inAddr[i] = addr;
    inValue[i] = value;
    i += 1;
  }
  for (let k = 0; k < outCount; k++) {
    const spender = outSpentBy[k] ?? 0;
    const vin = spentVin[k] ?? -1;
    if (spender > 0 && vin >= 0) inPrev[(inStart[spender] ?? 0) + vin] = k;
  }
  return { txSlots, txTime, txHeight, txCoinbase, outStart, outVout, outAddr, outValue, outType, scriptTypes, outSpentBy, inStart, inAddr, inValue, inPrev, addressSlots };
}
