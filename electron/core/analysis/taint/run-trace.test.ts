import { afterEach, describe, expect, it } from 'vitest';
import { TraceParams, type TraceParamsInput, type TraceResult } from '../../../../shared/domain/analysis';
import { miniLedger, txidOf, type MiniTx } from '../testing/mini-ledger';
import { explainTrace } from '../../../../shared/domain/trace-explain';
import { runTrace } from './run-trace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function trace(txs: MiniTx[], params: TraceParamsInput, extra?: Parameters<typeof miniLedger>[1]): TraceResult {
  const mini = miniLedger(txs, extra);
  cleanups.push(mini.cleanup);
  return runTrace(mini.file.db, TraceParams.parse(params));
}
const out = (r: TraceResult, id: string, vout = 0) => r.outputs.find((o) => o.txid === txidOf(id) && o.vout === vout);

describe('trace.run', () => {
  it("seeds a victim that received nothing in the case from the transactions it spent in, with its share of their inputs", () => {
    const r = trace(
      [
        { id: 'theft', time: 1, inputs: [['V', 60], ['W', 40]], outputs: [['T', 90], ['U', 10]] },
        { id: 'onward', time: 2, inputs: ['theft:0'], outputs: [['X', 90]] },
      ],
      { from: ['V'] },
    );
    expect(r.seeds).toEqual([{ ref: 'V', kind: 'spent', outputs: 2, value: '60' }]);
    expect(out(r, 'theft', 0)?.taint.poison).toBe('54');
    expect(out(r, 'onward')?.taint.haircut).toBe('54');
    expect(explainTrace(r)[0]).toMatch(/^V received nothing in this case, so the trace starts from the transactions it spent in/);
  });

  it('says why a trace reached nothing and what to do: seeds absent from the ledger, or a backward trace from victims', () => {
    const txs: MiniTx[] = [{ id: 'theft', time: 1, inputs: [['V', 60]], outputs: [['T', 60]] }];
    const backward = trace(txs, { from: [`${txidOf('theft')}:0`], direction: 'backward' });
    expect(explainTrace({ ...backward, outputsTotal: 0 })).toEqual([expect.stringMatching(/^Backward from these seeds nothing earlier .* trace forward\.$/)]);
    const none = { ...backward, outputsTotal: 0, seeds: [{ ref: 'Z', kind: 'received' as const, outputs: 0, value: '0' }] };
    expect(explainTrace(none)).toEqual(['Z neither received nor spent anything in this case: import the transactions that paid or spent them, or seed from a txid.']);
  });

  it('address-level FIFO spends the oldest receipt first, unlike the UTXO models', () => {
    // A holds 2 clean (t1) then 3 tainted (t2); spending the tainted 3-coin consumes 2 clean + 1 tainted from the queue.
    const r = trace(
      [
        { id: 'clean', time: 1, inputs: [['X', 2]], outputs: [['A', 2]] },
        { id: 'dirty', time: 2, inputs: [['S', 3]], outputs: [['A', 3]] },
        { id: 'spend', time: 3, inputs: ['dirty:0'], outputs: [['B', 3]] },
      ],
      { from: [`${txidOf('dirty')}:0`] },
    );
    expect(out(r, 'spend')?.taint).toEqual({ poison: '3', haircut: '3', fifo: '3', lifo: '3', tiho: '3', address_fifo: '1' });
    expect(r.disagreement[0]).toMatchObject({ txid: txidOf('spend'), min: '1', max: '3', minModel: 'address_fifo' });
  });

  it('runs all six models on one hand-computed transaction, poison bounding the rest', () => {
    const r = trace(
      [
        { id: 'seed', time: 1, inputs: [['S', 3]], outputs: [['A', 3]] },
        { id: 'mix', time: 2, inputs: ['seed:0', ['C', 5]], outputs: [['P', 2], ['Q', 5]] },
      ],
      { from: ['A'] },
    );
    expect(out(r, 'mix', 0)?.taint).toEqual({ poison: '2', haircut: '0', fifo: '2', lifo: '0', tiho: '0', address_fifo: '2' });
    expect(out(r, 'mix', 1)?.taint).toEqual({ poison: '5', haircut: '1', fifo: '1', lifo: '2', tiho: '3', address_fifo: '1' });
    expect(r.totals).toMatchObject({ poison: '7', fifo: '3', tiho: '3' });
  });

  it('stops at a tagged service, honours the hop limit, and crosses an off-chain link marking the path', () => {
    const txs: MiniTx[] = [
      { id: 'theft', time: 1, inputs: [['V', 100]], outputs: [['T', 100]] },
      { id: 'deposit', time: 2, inputs: ['theft:0'], outputs: [['D', 60], ['E', 39]] },
      { id: 'sweep', time: 3, inputs: ['deposit:1'], outputs: [['F', 38]] },
      { id: 'cb', time: 4, coinbase: '/ViaBTC/', outputs: [['POOL', 625]] },
      { id: 'payout', time: 5, inputs: ['cb:0'], outputs: [['PAY', 50], ['M1', 500], ['POOL', 74]] },
      { id: 'onward', time: 6, inputs: ['payout:0'], outputs: [['Q', 49]] },
    ];
    const extra = { tags: [['D', 'hash_rental_marketplace'], ['E', 'exchange']] as [string, string][], links: [['D', 'PAY']] as [string, string][] };
    const r = trace(txs, { from: [`${txidOf('theft')}:0`], stopAt: ['exchange', 'hash_rental_marketplace'] }, extra);
    expect(out(r, 'deposit', 1)?.stoppedAt).toBe('exchange');
    expect(out(r, 'sweep')).toBeUndefined();
    expect(out(r, 'payout', 0)).toMatchObject({ offchain: true, hop: 2, taint: { haircut: '50', poison: '50' } });
    expect(out(r, 'onward')).toMatchObject({ offchain: true, hop: 3, taint: { haircut: '49' } });
    expect(out(r, 'payout', 1)).toBeUndefined();
    expect(r.offchain).toEqual([expect.objectContaining({ from: 'D', to: 'PAY', evidence: { orderId: 'X-1' } })]);

    const short = trace(txs, { from: [`${txidOf('theft')}:0`], hops: 1 }, extra);
    expect(short.stats.txs).toBe(1);
    const noLink = trace(txs, { from: [`${txidOf('theft')}:0`], crossOffchain: false }, extra);
    expect(out(noLink, 'payout', 0)).toBeUndefined();
  });

  it('adds the taint of every deposit linked to one payout address, up to each receipt value', () => {
    const txs: MiniTx[] = [
      { id: 'theft', time: 1, inputs: [['V', 100]], outputs: [['T', 100]] },
      { id: 'deposits', time: 2, inputs: ['theft:0'], outputs: [['D', 30], ['D2', 20], ['E', 49]] },
      { id: 'cb', time: 3, coinbase: 'pool', outputs: [['POOL', 625]] },
      { id: 'payout', time: 4, inputs: ['cb:0'], outputs: [['PAY', 60], ['POOL', 564]] },
    ];
    const links: [string, string][] = [['D', 'PAY'], ['D2', 'PAY']];
    const r = trace(txs, { from: [`${txidOf('theft')}:0`], models: ['haircut', 'poison'] }, { links });
    expect(out(r, 'payout', 0)?.taint).toEqual({ haircut: '50', poison: '60' });
    expect(r.offchain.map((c) => c.from).sort()).toEqual(['D', 'D2']);
  });

  it('passes the fee share of haircut taint to the block coinbase when asked', () => {
    const txs: MiniTx[] = [
      { id: 'seed', time: 1, inputs: [['S', 100]], outputs: [['A', 100]] },
      { id: 'pay', time: 2, inputs: ['seed:0', ['C', 100]], outputs: [['B', 190]] },
      { id: 'cb', time: 2, coinbase: 'pool', outputs: [['M', 610]] },
    ];
    const r = trace(txs, { from: ['A'], feeTaint: true, models: ['haircut'] });
    expect(out(r, 'pay')?.taint.haircut).toBe('95');
    expect(out(r, 'cb')?.taint.haircut).toBe('5');
  });

  it('traces backward to where the money came from', () => {
    const r = trace(
      [
        { id: 'a', time: 1, inputs: [['X', 30]], outputs: [['A', 30]] },
        { id: 'b', time: 1, inputs: [['Y', 10]], outputs: [['B', 10]] },
        { id: 'join', time: 2, inputs: ['a:0', 'b:0'], outputs: [['J', 40]] },
      ],
      { from: [txidOf('join')], direction: 'backward', models: ['poison', 'haircut', 'fifo'] },
    );
    expect(r.models).toEqual(['poison', 'haircut', 'fifo']);
    expect(out(r, 'a')?.taint).toEqual({ poison: '30', haircut: '30', fifo: '30' });
    expect(out(r, 'b')?.taint).toEqual({ poison: '10', haircut: '10', fifo: '10' });
  });

  it('names an unknown seed', () => {
    expect(() => trace([{ id: 'a', time: 1, inputs: [['X', 1]], outputs: [['A', 1]] }], { from: ['nope'] })).toThrow(/nope is neither/);
  });
});
