import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAINT_MODELS } from '../../../../shared/domain/analysis';
import { lazy } from '../graph/graph-cache';
import { buildAddressIndex, outputOwners } from '../graph/address-index';
import type { LedgerGraph } from '../graph/ledger-graph';
import { createScratch } from './fast-forward';
import { traceTaint, type TraceContext } from './trace-engine';

interface RandomTx {
  spends: number[];
  outputs: { addr: number; weight: number }[];
  feePermille: number;
}

/** A random ledger built straight into CSR arrays: each tx spends earlier unspent outputs (or a fresh coin) and splits them. */
function ledger(txs: RandomTx[]): LedgerGraph {
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
    inPrev: Int32Array.from(inPrev),
    addressSlots: 6,
  };
}

const randomTx = fc.record({
  spends: fc.array(fc.nat(50), { minLength: 0, maxLength: 3 }),
  outputs: fc.array(fc.record({ addr: fc.integer({ min: 1, max: 5 }), weight: fc.integer({ min: 1, max: 10 }) }), { minLength: 1, maxLength: 3 }),
  feePermille: fc.integer({ min: 0, max: 50 }),
});

describe('trace engine properties on random ledgers', () => {
  // All six models take the general engine; poison + haircut alone take the typed-array kernel.
  it.each([[TAINT_MODELS], [['poison', 'haircut'] as const]])('%j: no model exceeds the value, poison bounds every model; haircut keeps all but the fee share', (models) => {
    fc.assert(
      fc.property(fc.array(randomTx, { minLength: 2, maxLength: 14 }), fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }), (txs, seedPicks) => {
        const g = ledger(txs);
        const ctx: TraceContext = { g, index: lazy(() => buildAddressIndex(g)), owner: lazy(() => outputOwners(g)), scratch: lazy(() => createScratch(g)) };
        const seeds = new Map(seedPicks.map((p) => p % g.outValue.length).map((k) => [k, g.outValue[k] as number]));
        const outcome = traceTaint(ctx, seeds, {
          direction: 'forward', models, hops: 20, minAmount: 0, fromTime: null, toTime: null,
          isStop: null, maxDegree: null, feeTaint: false, links: new Map(), offchainWindow: 0,
        });
        const at = (m: (typeof TAINT_MODELS)[number], k: number) => outcome.taint.get(m)?.get(k) ?? 0;
        for (const k of outcome.hop.keys()) {
          const value = g.outValue[k] as number;
          for (const m of models) {
            expect(at(m, k)).toBeGreaterThanOrEqual(0);
            expect(at(m, k)).toBeLessThanOrEqual(value + 1e-6);
            expect(at(m, k)).toBeLessThanOrEqual(at('poison', k) + 1e-6);
          }
        }
        for (const tx of outcome.txs) {
          // A transaction paying a seeded output gains that seed's taint; conservation holds for the others.
          if ([...seeds.keys()].some((k) => k >= (g.outStart[tx] as number) && k < (g.outStart[tx + 1] as number))) continue;
          let inTaint = 0;
          let inValue = 0;
          for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
            inValue += g.inValue[i] as number;
            if ((g.inPrev[i] as number) >= 0) inTaint += at('haircut', g.inPrev[i] as number);
          }
          let outTaint = 0;
          let outValue = 0;
          for (let j = g.outStart[tx] as number; j < (g.outStart[tx + 1] as number); j++) {
            outValue += g.outValue[j] as number;
            outTaint += at('haircut', j);
          }
          expect(outTaint).toBeCloseTo((inTaint * outValue) / inValue, 4);
        }
      }),
      { numRuns: 200 },
    );
  });
});
