import fc from 'fast-check';
import type { LedgerGraph } from '../graph/ledger-graph';

/** Random ledgers for property tests of the trace engines. */
export interface RandomTx {
  spends: number[];
  outputs: { addr: number; weight: number }[];
  feePermille: number;
}

/** A random ledger built straight into CSR arrays: each tx spends earlier unspent outputs (or a fresh coin) and splits them. */
export function randomLedger(txs: RandomTx[]): LedgerGraph {
  const outStart = [0, 0];
  const inStart = [0, 0];
  const outValue: number[] = [];
  const outAddr: number[] = [];
  const outSpentBy: number[] = [];
  const inValue: number[] = [];
  const inAddr: number[] = [];
  const inPrev: number[] = [];
  txs.forEach((tx, n) => {
    const id = n + 1;
    const unspent = outValue.map((_, k) => k).filter((k) => outSpentBy[k] === 0);
    const picks = [...new Set(tx.spends.map((p) => unspent[p % Math.max(unspent.length, 1)]).filter((k): k is number => k !== undefined))];
    let total = 0;
    for (const k of picks) {
      outSpentBy[k] = id;
      inPrev.push(k);
      inValue.push(outValue[k] as number);
      inAddr.push(outAddr[k] as number);
      total += outValue[k] as number;
    }
    if (picks.length === 0) {
      inPrev.push(-1);
      inValue.push(1_000_000);
      inAddr.push(1);
      total = 1_000_000;
    }
    const spendable = Math.floor((total * (1000 - tx.feePermille)) / 1000);
    const weights = tx.outputs.reduce((s, o) => s + o.weight, 0);
    for (const o of tx.outputs) {
      outValue.push(Math.max(1, Math.floor((spendable * o.weight) / weights)));
      outAddr.push(o.addr);
      outSpentBy.push(0);
    }
    outStart.push(outValue.length);
    inStart.push(inValue.length);
  });
  const txSlots = txs.length + 1;
  return {
    txSlots,
    txTime: Float64Array.from({ length: txSlots }, (_, t) => t * 600),
    txHeight: Float64Array.from({ length: txSlots }, (_, t) => t),
    txCoinbase: new Uint8Array(txSlots),
    outStart: Int32Array.from(outStart),
    outVout: Int32Array.from(outValue.map((_, k) => k)),
    outAddr: Int32Array.from(outAddr),
    outValue: Float64Array.from(outValue),
    outType: new Uint8Array(outValue.length),
    scriptTypes: ['witness_v0_keyhash'],
    outSpentBy: Int32Array.from(outSpentBy),
    inStart: Int32Array.from(inStart),
    inAddr: Int32Array.from(inAddr),
    inValue: Float64Array.from(inValue),
    // Fresh coins carry their value: every input value is known.
    inUnknown: new Uint8Array(inValue.length),
    inPrev: Int32Array.from(inPrev),
    addressSlots: 6,
  };
}

export const randomTx = fc.record({
  spends: fc.array(fc.nat(50), { minLength: 0, maxLength: 3 }),
  outputs: fc.array(fc.record({ addr: fc.integer({ min: 1, max: 5 }), weight: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 3 }),
  feePermille: fc.integer({ min: 0, max: 50 }),
});
