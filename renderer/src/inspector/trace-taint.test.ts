import { describe, expect, it } from 'vitest';
import type { TraceResult, TracedOutput } from '../../../shared/domain/analysis';
import { percentOf, taintOf } from './trace-taint';

const out = (txid: string, vout: number, address: string | null, hop: number, poison: string, haircut: string, offchain = false): TracedOutput => ({
  txid, vout, address, value: poison, hop, offchain, stoppedAt: null, taint: { poison, haircut }, unknown: { poison: '0', haircut: '0' },
});

const result: TraceResult = {
  direction: 'forward',
  models: ['poison', 'haircut'],
  seeds: [{ ref: 'a', kind: 'received', outputs: 1, value: '100' }],
  outputs: [out('t1', 0, 'b', 1, '60', '30'), out('t1', 1, 'c', 1, '40', '20'), out('t2', 0, 'c', 2, '25', '5', true)],
  outputsTotal: 3,
  addresses: [{ address: 'b', taint: { poison: '60', haircut: '30' } }, { address: 'c', taint: { poison: '65', haircut: '25' } }],
  totals: { poison: '125', haircut: '55' },
  shares: { poison: { tainted: '125', clean: '0', unknown: '0' }, haircut: { tainted: '55', clean: '70', unknown: '0' } },
  dataEnds: { inputs: 0, sample: [] },
  disagreement: [],
  offchain: [],
  stats: { txs: 2, skippedHighDegree: 0, stopped: 0, seconds: 0.01 },
};

describe('taintOf', () => {
  it("sums a transaction's traced outputs per model", () => {
    expect(taintOf(result, { kind: 'tx', id: 't1' })).toEqual({
      perModel: [{ model: 'poison', amount: '100' }, { model: 'haircut', amount: '50' }],
      hop: 1,
      outputs: 2,
      offchain: false,
    });
  });

  it("takes an address's totals from the engine and its nearest hop from the outputs it received", () => {
    expect(taintOf(result, { kind: 'address', id: 'c' })).toEqual({
      perModel: [{ model: 'poison', amount: '65' }, { model: 'haircut', amount: '25' }],
      hop: 1,
      outputs: 2,
      offchain: true,
    });
  });

  it('says null for what the trace never reached', () => {
    expect(taintOf(result, { kind: 'address', id: 'zzz' })).toBeNull();
    expect(taintOf(result, { kind: 'tx', id: 't9' })).toBeNull();
  });
});

describe('percentOf', () => {
  it('gives a share to a tenth of a percent, rounding down, exact beyond 2^53', () => {
    expect(percentOf('339638658', '733307299')).toBe('46.3%');
    expect(percentOf('733307299', '733307299')).toBe('100.0%');
    expect(percentOf('1', '3000')).toBe('0.0%');
    expect(percentOf('123456789012345678901', '246913578024691357802')).toBe('50.0%');
    expect(percentOf('5', '0')).toBeNull();
  });
});
