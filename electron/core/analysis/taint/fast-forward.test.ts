import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaintModel } from '../../../../shared/domain/analysis';
import { buildAddressIndex, outputOwners } from '../graph/address-index';
import { ledgerOf, lazy } from '../graph/graph-cache';
import type { LedgerGraph } from '../graph/ledger-graph';
import { miniLedger, txidOf, type MiniTx } from '../testing/mini-ledger';
import { randomLedger, randomTx } from '../testing/random-ledger';
import { createScratch, fastForward, type FastOptions, type TraceScratch } from './fast-forward';
import { traceTaint, type TraceContext, type TraceOptions } from './trace-engine';

const BOUNDS: FastOptions = { hops: 20, minAmount: 0, fromTime: null, toTime: null, isStop: null, maxDegree: null };
const options = (models: TaintModel[], bounds = BOUNDS): TraceOptions => ({
  direction: 'forward', models, ...bounds, feeTaint: false, links: new Map(), offchainWindow: 0,
});
/** Random bounds: each one cuts the reach somewhere and leaves edges the reach never looks at. */
const randomBounds = fc.record({
  hops: fc.integer({ min: 1, max: 6 }),
  minAmount: fc.constantFrom(0, 150_000, 400_000),
  stop: fc.integer({ min: 0, max: 5 }),
  maxDegree: fc.constantFrom(null, 3, 4),
  // Random ledgers stamp transaction t at t * 600 s.
  fromTime: fc.constantFrom(null, 1200),
  toTime: fc.constantFrom(null, 4800),
}).map(({ stop, ...b }): FastOptions => ({ ...b, isStop: stop === 0 ? null : (a) => a === stop }));
const contextOf = (g: LedgerGraph): TraceContext => ({
  g, index: lazy(() => buildAddressIndex(g)), owner: lazy(() => outputOwners(g)), scratch: lazy(() => createScratch(g)),
});

/** Everything a kernel trace says about every output of the ledger, plus its transactions (as a set: order may vary). */
function snapshot(g: LedgerGraph, scratch: TraceScratch, seeds: Map<number, number>, bounds: FastOptions) {
  const fast = fastForward(g, scratch, seeds, bounds);
  const owner = outputOwners(g);
  const outputs = Array.from(g.outValue, (_, k) => {
    const tx = owner[k] as number;
    return fast.reaches(k, tx) ? [fast.haircut(k, tx), fast.hop(k, tx), fast.parent(k, tx)] : null;
  });
  return { outputs, txs: [...fast.txs].sort((a, b) => a - b), skipped: fast.skipped };
}

const seedsOf = (g: LedgerGraph, picks: number[]) => new Map(picks.map((p) => p % g.outValue.length).map((k) => [k, (g.outValue[k] as number) / 2]));
const ledgerAndTwoTraces = fc.tuple(
  fc.array(randomTx, { minLength: 2, maxLength: 14 }),
  fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
  fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
  randomBounds,
  randomBounds,
);

describe('typed-array trace kernel', () => {
  it('a trace on a reused scratch equals the same trace on a fresh one: no residue from an earlier, different trace', () => {
    fc.assert(
      fc.property(ledgerAndTwoTraces, ([txs, picksA, picksB, boundsA, boundsB]) => {
        const g = randomLedger(txs);
        const [a, b] = [seedsOf(g, picksA), seedsOf(g, picksB)];
        const fresh = snapshot(g, createScratch(g), b, boundsB);
        const reused = createScratch(g);
        snapshot(g, reused, a, boundsA);
        expect(snapshot(g, reused, b, boundsB)).toEqual(fresh);
        expect(snapshot(g, reused, b, boundsB)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the general engine’s haircut, hops, parents and skips for every output it reaches, within any bounds', () => {
    fc.assert(
      fc.property(ledgerAndTwoTraces, ([txs, picks, , bounds]) => {
        const g = randomLedger(txs);
        const ctx = contextOf(g);
        const seeds = seedsOf(g, picks);
        // An ordered model in the list sends the trace through the general engine.
        const general = traceTaint(ctx, seeds, options(['poison', 'haircut', 'fifo'], bounds));
        const kernel = traceTaint(ctx, seeds, options(['poison', 'haircut'], bounds));
        expect(kernel.skipped).toBe(general.skipped);
        expect(new Set(kernel.txs)).toEqual(new Set(general.txs));
        expect(new Map(kernel.hop.entries())).toEqual(new Map(general.hop.entries()));
        expect(new Map(kernel.parent.entries())).toEqual(new Map(general.parent.entries()));
        for (const k of general.hop.keys()) {
          expect(kernel.taint.get('haircut')?.get(k) ?? 0).toBeCloseTo(general.taint.get('haircut')?.get(k) ?? 0, 6);
          // The general engine keeps a seed's own taint under poison; the kernel poisons its whole value.
          if (!seeds.has(k)) expect(kernel.taint.get('poison')?.get(k) ?? 0).toBe(general.taint.get('poison')?.get(k) ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('settles a row-ordered ledger in row order exactly as the parent-counting order does', () => {
    fc.assert(
      fc.property(ledgerAndTwoTraces, ([txs, picks, , bounds]) => {
        const g = randomLedger(txs);
        const seeds = seedsOf(g, picks);
        const inRowOrder = createScratch(g);
        expect(inRowOrder.rowOrdered).toBe(true);
        const counting = { ...createScratch(g), rowOrdered: false };
        const [rows, counted] = [snapshot(g, inRowOrder, seeds, bounds), snapshot(g, counting, seeds, bounds)];
        expect({ ...rows, outputs: null }).toEqual({ ...counted, outputs: null });
        // Shares arrive in another order, so sums may differ in their last bits; hops and parents exactly.
        rows.outputs.forEach((o, k) => {
          const c = counted.outputs[k];
          expect(o === null, `output ${k}`).toBe(c === null);
          if (o && c) {
            expect(o[0]).toBeCloseTo(c[0] as number, 6);
            expect(o.slice(1)).toEqual(c.slice(1));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to read a result after a newer trace reused the scratch', () => {
    const g = randomLedger([{ spends: [], outputs: [{ addr: 1, weight: 1 }], feePermille: 0 }, { spends: [0], outputs: [{ addr: 2, weight: 1 }], feePermille: 0 }]);
    const scratch = createScratch(g);
    const first = fastForward(g, scratch, new Map([[0, 5]]), BOUNDS);
    expect(first.haircut(1, 2)).toBeGreaterThan(0);
    fastForward(g, scratch, new Map([[1, 5]]), BOUNDS);
    expect(() => first.haircut(1, 2)).toThrow(/newer trace/);
  });
});

describe('typed-array trace kernel on hand-computed ledgers', () => {
  // a pays 10 to one output; b splits it 6 / 4 (no fee); c spends b's 4 with a clean 4 into one output of 8.
  const chain = (bTime: number, cTime: number): MiniTx[] => [
    { id: 'a', time: 1000, inputs: [['1Ext', 10]], outputs: [['1A', 10]] },
    { id: 'b', time: bTime, inputs: ['a:0'], outputs: [['1B', 6], ['1C', 4]] },
    { id: 'c', time: cTime, inputs: ['b:1', ['1Clean', 4]], outputs: [['1D', 8]] },
  ];
  /** Haircut taint of each output of `read` after a trace from `seeds` (refs are 'tx:vout'). */
  const trace = (txs: MiniTx[], seeds: [string, number][], read: string[], bounds = BOUNDS): number[] => {
    const { file, cleanup } = miniLedger(txs);
    try {
      const ledger = ledgerOf(file.db);
      const row = (ref: string): number => {
        const [id = '', vout = '0'] = ref.split(':');
        const tx = file.db.prepare('SELECT id FROM transactions WHERE txid = ?').pluck().get(txidOf(id)) as number;
        return (ledger.g.outStart[tx] as number) + Number(vout);
      };
      const outcome = traceTaint(ledger, new Map(seeds.map(([ref, t]) => [row(ref), t])), options(['haircut'], bounds));
      return read.map((ref) => outcome.taint.get('haircut')?.get(row(ref)) ?? 0);
    } finally {
      cleanup();
    }
  };

  it('a seeded output that tracing also reaches passes on its larger taint once, not the sum', () => {
    // Half of a's 10 flows: b's outputs get 3 and 2; b:1 was seeded with 3, so it keeps 3 and c gets 3 of 8.
    expect(trace(chain(2000, 3000), [['a:0', 5], ['b:1', 3]], ['b:0', 'b:1', 'c:0'])).toEqual([3, 3, 3]);
    // Seeded below what reaches it: the reached 4 wins, and c gets 4 (not 4 + 1).
    expect(trace(chain(2000, 3000), [['a:0', 10], ['b:1', 1]], ['b:1', 'c:0'])).toEqual([4, 4]);
  });

  it('settles a ledger imported out of order (a spender stored before what it spends) by counting parents', () => {
    // c is imported before b, so its row comes first: ascending rows are no longer parents first.
    const [a, b, c] = chain(2000, 3000);
    const { file, cleanup } = miniLedger([a!, c!, b!]);
    try {
      expect(createScratch(ledgerOf(file.db).g).rowOrdered).toBe(false);
    } finally {
      cleanup();
    }
    expect(trace([a!, c!, b!], [['a:0', 10]], ['b:1', 'c:0'])).toEqual([4, 4]);
  });

  it('settles parents before children even when a child’s block time is earlier than its parent’s', () => {
    // Block times may go backwards (miners' clocks): c is stamped before b, yet spends b's output.
    expect(trace(chain(3000, 2000), [['a:0', 10]], ['b:1', 'c:0'])).toEqual([4, 4]);
  });

  it('counts a parent reached only at the last hop: its child, reached earlier, waits for its share', () => {
    // b is hop 1; c and d are hop 2 (the limit); d spends c's output too, an edge the reach never looks at.
    const diamond: MiniTx[] = [
      { id: 'a', time: 1000, inputs: [['1Ext', 10]], outputs: [['1A', 10]] },
      { id: 'b', time: 2000, inputs: ['a:0'], outputs: [['1B', 4], ['1C', 6]] },
      { id: 'c', time: 3000, inputs: ['b:1'], outputs: [['1D', 6]] },
      { id: 'd', time: 4000, inputs: ['b:0', 'c:0'], outputs: [['1E', 10]] },
    ];
    expect(trace(diamond, [['a:0', 10]], ['c:0', 'd:0'], { ...BOUNDS, hops: 2 })).toEqual([6, 10]);
  });
});
