import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haircut, ordered, poison } from './models';

// One transaction worked on paper: inputs 3 (fully tainted) and 5 (clean); outputs 2 and 5; fee 1.
const inValues = [3, 5];
const inTaint = [3, 0];
const outValues = [2, 5];

describe('taint models on a hand-computed transaction', () => {
  it('T1 poison taints every output fully', () => {
    expect(poison(inTaint, outValues)).toEqual([2, 5]);
    expect(poison([0, 0], outValues)).toEqual([0, 0]);
  });

  it('T2 haircut gives each output w * T / V; the fee keeps 3 * 1/8', () => {
    expect(haircut(inValues, inTaint, outValues)).toEqual([0.75, 1.875]);
  });

  it('T3 FIFO: the line [0,3) tainted, output 0 = [0,2) -> 2, output 1 = [2,7) -> 1', () => {
    expect(ordered('fifo', inValues, inTaint, outValues)).toEqual([2, 1]);
  });

  it('T3 LIFO: the clean 5 goes first, so [5,8) is tainted: output 0 = [0,2) -> 0, output 1 = [2,7) -> 2, the fee 1', () => {
    expect(ordered('lifo', inValues, inTaint, outValues)).toEqual([0, 2]);
  });

  it('T3 TIHO: tainted input first and largest output first: output 1 = [0,5) -> 3, output 0 = [5,7) -> 0', () => {
    expect(ordered('tiho', inValues, inTaint, outValues)).toEqual([0, 3]);
  });

  it('backward, haircut spreads an output taint over inputs by value without exceeding it', () => {
    // Output 1 (5) fully traced back over inputs 3 and 5 of a tx worth 8: 5 * 3/8 and 5 * 5/8.
    expect(haircut(outValues, [0, 5], inValues)).toEqual([1.875, 3.125]);
  });
});

const tx = fc
  .record({
    inputs: fc.array(fc.record({ value: fc.integer({ min: 1, max: 1e9 }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
    outputs: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
    feeShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
  })
  .map(({ inputs, outputs, feeShare }) => {
    const v = inputs.map((i) => i.value);
    const t = inputs.map((i) => Math.floor(i.value * i.share));
    const V = v.reduce((s, x) => s + x, 0);
    const W = Math.floor(V * (1 - feeShare));
    const weight = outputs.reduce((s, x) => s + x, 0);
    const w = outputs.map((x) => Math.floor((W * x) / weight));
    return { v, t, w, V };
  });

describe('taint model properties', () => {
  it('no model gives an output more taint than its value, and poison bounds every other model', () => {
    fc.assert(
      fc.property(tx, ({ v, t, w }) => {
        const p = poison(t, w);
        for (const result of [haircut(v, t, w), ordered('fifo', v, t, w), ordered('lifo', v, t, w), ordered('tiho', v, t, w)]) {
          result.forEach((x, j) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual((w[j] as number) + 1e-6);
            expect(x).toBeLessThanOrEqual((p[j] as number) + 1e-6);
          });
        }
      }),
    );
  });

  it('haircut conserves taint minus the fee share; ordered policies never create taint', () => {
    fc.assert(
      fc.property(tx, ({ v, t, w, V }) => {
        const T = t.reduce((s, x) => s + x, 0);
        const W = w.reduce((s, x) => s + x, 0);
        const h = haircut(v, t, w).reduce((s, x) => s + x, 0);
        expect(h).toBeCloseTo(T - (T * (V - W)) / V, 3);
        for (const policy of ['fifo', 'lifo', 'tiho'] as const) {
          expect(ordered(policy, v, t, w).reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(T + 1e-6);
        }
      }),
    );
  });
});
