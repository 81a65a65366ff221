import { describe, expect, it } from 'vitest';
import { subjectOf } from './subject';

describe('annotation subjects of canvas selections', () => {
  it('names nodes, ledger edges and cluster boxes; refuses derived edges and unknown chains', () => {
    expect(subjectOf('address:BTC:1A1z')).toEqual({ type: 'address', chain: 'BTC', id: '1A1z' });
    expect(subjectOf('tx:BTC:ab12')).toEqual({ type: 'tx', chain: 'BTC', id: 'ab12' });
    expect(subjectOf('tx:BTC:ab12>o3')).toEqual({ type: 'edge', chain: 'BTC', id: 'ab12:3' });
    expect(subjectOf('tx:BTC:ab12<i0')).toEqual({ type: 'edge', chain: 'BTC', id: 'ab12:in0' });
    expect(subjectOf('tx:ETH:0xab>t7')).toEqual({ type: 'edge', chain: 'ETH', id: '0xab:log7' });
    expect(subjectOf('cluster:BTC:42')).toEqual({ type: 'cluster', chain: 'BTC', id: '42' });
    expect(subjectOf('flow:address:BTC:a>address:BTC:b')).toBeNull();
    expect(subjectOf('group:abc-1')).toBeNull();
    expect(subjectOf('address:XYZ:1A1z')).toBeNull();
    expect(subjectOf(null)).toBeNull();
  });
});
