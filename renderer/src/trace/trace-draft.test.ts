import { describe, expect, it } from 'vitest';
import { TraceParams } from '../../../shared/domain/analysis';
import { initialDraft, toggle, traceParams } from './trace-draft';

describe('trace draft', () => {
  it('seeds from the selected node and splits typed seeds on lines, commas and spaces', () => {
    expect(initialDraft('address:BTC:bc1qx').seeds).toBe('bc1qx');
    expect(initialDraft('tx:BTC:abcd').seeds).toBe('abcd');
    const params = TraceParams.parse(traceParams({ ...initialDraft(null), seeds: 'a\nb, c  d:1', hops: '9', minAmount: '' }));
    expect(params).toMatchObject({ from: ['a', 'b', 'c', 'd:1'], hops: 9, minAmount: '0', direction: 'forward', crossOffchain: true });
    expect(params.models).toHaveLength(6);
  });

  it('toggles list members', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
  });
});
