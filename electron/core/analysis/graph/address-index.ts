import type { LedgerGraph } from './ledger-graph';

/** Outputs received and inputs spent per address (CSR by address id), for address-level models and lookups. */
export interface AddressIndex {
  outStart: Int32Array;
  outs: Int32Array;
  inStart: Int32Array;
  ins: Int32Array;
  /** Transaction of each input (global input index), which CSR by transaction does not give directly. */
  inTx: Int32Array;
}

function bucket(keys: Int32Array, slots: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(slots + 1);
  for (let k = 0; k < keys.length; k++) start[(keys[k] as number) + 1] = (start[(keys[k] as number) + 1] as number) + 1;
  for (let a = 1; a <= slots; a++) start[a] = (start[a] as number) + (start[a - 1] as number);
  const fill = start.slice(0, slots);
  const items = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const a = keys[k] as number;
    items[fill[a] as number] = k;
    fill[a] = (fill[a] as number) + 1;
  }
  return { start, items };
}

export function buildAddressIndex(g: LedgerGraph): AddressIndex {
  const outs = bucket(g.outAddr, g.addressSlots);
  const ins = bucket(g.inAddr, g.addressSlots);
  const inTx = new Int32Array(g.inAddr.length);
  for (let t = 1; t < g.txSlots; t++) for (let k = g.inStart[t] as number; k < (g.inStart[t + 1] as number); k++) inTx[k] = t;
  return { outStart: outs.start, outs: outs.items, inStart: ins.start, ins: ins.items, inTx };
}

/** The creating transaction of each output. */
export function outputOwners(g: LedgerGraph): Int32Array {
  const owner = new Int32Array(g.outValue.length);
  for (let t = 1; t < g.txSlots; t++) for (let k = g.outStart[t] as number; k < (g.outStart[t + 1] as number); k++) owner[k] = t;
  return owner;
}
