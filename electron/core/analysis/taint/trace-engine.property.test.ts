import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAINT_MODELS } from '../../../../shared/domain/analysis';
import { lazy } from '../graph/graph-cache';
import { buildAddressIndex, outputOwners } from '../graph/address-index';
import { randomLedger, randomTx } from '../testing/random-ledger';
import { createScratch } from './fast-forward';
import { traceTaint, type TraceContext } from './trace-engine';

describe('trace engine properties on random ledgers', () => {
  // All six models take the general engine; poison + haircut alone take the typed-array kernel.
  it.each([[TAINT_MODELS], [['poison', 'haircut'] as const]])('%j: no model exceeds the value, poison bounds every model; haircut keeps all but the fee share', (models) => {
    fc.assert(
      fc.property(fc.array(randomTx, { minLength: 2, maxLength: 14 }), fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }), (txs, seedPicks) => {
        const g = randomLedger(txs);
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
