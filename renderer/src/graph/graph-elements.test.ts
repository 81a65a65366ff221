import { describe, expect, it } from 'vitest';
import { toElements } from './graph-elements';
import { chooseLayout, HIERARCHY_LIMIT } from './choose-layout';

describe('graph elements', () => {
  it('marks kinds, coinbase and tagged nodes by class and labels edges with exact BTC amounts', () => {
    const elements = toElements({
      truncated: false,
      nodes: [
        { id: 'tx:BTC:aa', kind: 'tx', label: 'aa…', category: null, time: 1, isCoinbase: true },
        { id: 'address:BTC:1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', kind: 'address', label: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', category: 'mining_pool', time: null, isCoinbase: false },
      ],
      edges: [{ id: 'e', source: 'tx:BTC:aa', target: 'address:BTC:1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', value: '5000000001' }],
    });
    expect(elements.map((e) => e.classes)).toEqual(['tx coinbase', 'address tagged', undefined]);
    expect(elements[1]?.data.label).toBe('1HaHTfm…NmBQHQ');
    expect(elements[0]?.data.label).toBe('coinbase · 1970-01-01');
    expect(elements[2]?.data.amount).toBe('50.00000001 BTC');
  });

  it('draws an off-chain link as an offchain edge that reads as its order, with no amount to sum', () => {
    const [edge] = toElements({
      truncated: false,
      nodes: [],
      edges: [{ id: 'offchain:1', source: 'address:BTC:a', target: 'address:BTC:b', value: '0', kind: 'offchain', note: 'nicehash order 4711' }],
    });
    expect(edge?.classes).toBe('offchain');
    expect(edge?.data).toEqual({ id: 'offchain:1', source: 'address:BTC:a', target: 'address:BTC:b', amount: 'off-chain: nicehash order 4711' });
  });

  it('never picks a force layout: breadthfirst for small graphs, an O(n) preset grid above the limit', () => {
    expect(chooseLayout(['a', 'b']).name).toBe('breadthfirst');
    const ids = Array.from({ length: HIERARCHY_LIMIT + 1 }, (_, i) => `n${i}`);
    const layout = chooseLayout(ids, 1) as { name: string; positions(node: { id(): string }): { x: number; y: number } };
    expect(layout.name).toBe('preset');
    // 401 nodes at aspect 1: 21 columns, so node 21 starts the second row, in slice order.
    expect(layout.positions({ id: () => 'n0' })).toEqual({ x: 0, y: 0 });
    expect(layout.positions({ id: () => 'n21' })).toEqual({ x: 0, y: 34 });
    expect(layout.positions({ id: () => 'n22' })).toEqual({ x: 34, y: 34 });
  });
});
