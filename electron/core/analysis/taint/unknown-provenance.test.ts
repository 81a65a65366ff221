import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TraceParams, type TraceParamsInput, type TraceResult } from '../../../../shared/domain/analysis';
import { testCase, type TestCase } from '../../import/test-case';
import { BLOCK_50001, fixture } from '../../test-support/fixtures';
import { miniLedger, txidOf } from '../testing/mini-ledger';
import { runTrace } from './run-trace';

/**
 * Block 50001's second transaction (7940cdde...) pays 100 BTC from two 50 BTC coinbase outputs: 0dd0394c...:0, whose
 * transaction we import, and 76a8d70a...:0, which stays outside the case (getblock verbosity 2 carries no prevouts).
 */
const SPEND = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';
const KNOWN_PREV = '0dd0394c6240355f4e4b3c88028f678ed746cebee3b3e8509620733f018914c9';
const OUTSIDE_PREV = '76a8d70a757be5055f60be076b683897cadaad6b7bdf78c43e39b9d59cb4a6ea';
const BTC = 100_000_000;

describe('unknown provenance on real blocks: not zero, its own share', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());
  const run = (params: TraceParamsInput): TraceResult => runTrace(c.db, TraceParams.parse(params));

  it('a backward trace reaching the edge of the case reports the value as unknown, and where the data ends', async () => {
    await c.import(BLOCK_50001);
    const r = run({ from: [`${SPEND}:0`], direction: 'backward' });
    for (const m of r.models) expect(r.shares[m], m).toEqual({ tainted: '0', unknown: String(100 * BTC), clean: '0' });
    expect(r.dataEnds.inputs).toBe(2);
    expect(r.dataEnds.sample.map((s) => s.prevTxid).sort()).toEqual([KNOWN_PREV, OUTSIDE_PREV].sort());
  });

  it('with one spent output in the case, backward splits its value into traced (50) and unknown (50)', async () => {
    await c.import(BLOCK_50001);
    await c.import(fixture(`bitcoin-etl-fixtures/bitcoin/stream_50001_50002/rpc_response_getrawtransaction_${KNOWN_PREV}.json`));
    const r = run({ from: [`${SPEND}:0`], direction: 'backward', models: ['haircut', 'fifo'] });
    for (const m of r.models) expect(r.shares[m], m).toEqual({ tainted: String(50 * BTC), unknown: String(50 * BTC), clean: '0' });
    expect(r.dataEnds.sample).toEqual([{ txid: SPEND, vin: 0, prevTxid: OUTSIDE_PREV, prevVout: 0 }]);
  });

  it('forward, value entering through an input the case cannot value is unknown, not clean, under every model', async () => {
    await c.import(BLOCK_50001);
    await c.import(fixture(`bitcoin-etl-fixtures/bitcoin/stream_50001_50002/rpc_response_getrawtransaction_${KNOWN_PREV}.json`));
    const r = run({ from: [`${KNOWN_PREV}:0`], models: ['haircut', 'fifo', 'lifo', 'tiho'] });
    for (const m of r.models) expect(r.shares[m], m).toEqual({ tainted: String(50 * BTC), unknown: String(50 * BTC), clean: '0' });
    const spend = r.outputs.find((o) => o.txid === SPEND);
    expect(spend?.unknown).toEqual({ haircut: String(50 * BTC), fifo: String(50 * BTC), lifo: String(50 * BTC), tiho: String(50 * BTC) });
    expect(r.dataEnds).toEqual({ inputs: 1, sample: [{ txid: SPEND, vin: 0, prevTxid: OUTSIDE_PREV, prevVout: 0 }] });
    // The typed-array kernel (poison and haircut only) gives the same split; poison taints all it reaches.
    const fast = run({ from: [`${KNOWN_PREV}:0`], models: ['poison', 'haircut'] });
    expect(fast.shares).toEqual({ haircut: r.shares.haircut, poison: { tainted: String(100 * BTC), unknown: '0', clean: '0' } });
    expect(fast.dataEnds).toEqual(r.dataEnds);
  });
});

describe('ordered models place an unvalued input where it is, not as if it were empty', () => {
  it('FIFO: the unknown first input fills the first output, the tainted second input the second', () => {
    const mini = miniLedger([
      { id: 'seed', time: 1, inputs: [['S', 10]], outputs: [['A', 10]] },
      { id: 'mix', time: 2, inputs: ['outside:0', 'seed:0'], outputs: [['P', 10], ['Q', 10]] },
    ]);
    try {
      const r = runTrace(mini.file.db, TraceParams.parse({ from: ['A'], models: ['fifo', 'lifo', 'haircut'] }));
      const at = (vout: number) => r.outputs.find((o) => o.txid === txidOf('mix') && o.vout === vout);
      // FIFO: P takes the unknown 10 and Q the tainted 10; LIFO the other way round; haircut halves both.
      expect(at(0)?.taint).toEqual({ fifo: '0', lifo: '10', haircut: '5' });
      expect(at(0)?.unknown).toEqual({ fifo: '10', lifo: '0', haircut: '5' });
      expect(at(1)?.taint).toEqual({ fifo: '10', lifo: '0', haircut: '5' });
      expect(r.shares.fifo).toEqual({ tainted: '10', unknown: '10', clean: '0' });
      expect(r.shares.lifo).toEqual({ tainted: '10', unknown: '10', clean: '0' });
    } finally {
      mini.cleanup();
    }
  });
});
