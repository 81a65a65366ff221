import { describe, expect, it } from 'vitest';
import { parseClusterBox, parseLedgerEdge } from './selection-id';

describe('canvas selection ids', () => {
  it('reads the chain and cluster id of a cluster box', () => {
    expect(parseClusterBox('cluster:BTC:16')).toEqual({ chain: 'BTC', clusterId: '16' });
  });

  it('refuses other nodes, unknown chains and cluster ids that are not row ids', () => {
    for (const id of ['address:BTC:16', 'cluster:DOGE:16', 'cluster:BTC:abc', 'cluster:BTC:16:x', 'group:1', 'cluster:BTC:']) {
      expect(parseClusterBox(id), id).toBeNull();
    }
  });

  it('reads ledger edges of every kind and refuses derived edges', () => {
    expect(parseLedgerEdge('tx:BTC:ab12>o3')).toEqual({ chain: 'BTC', txid: 'ab12', kind: 'o', index: 3 });
    expect(parseLedgerEdge('tx:BTC:ab12<i0')).toEqual({ chain: 'BTC', txid: 'ab12', kind: 'i', index: 0 });
    expect(parseLedgerEdge('tx:ETH:0xab>t7')).toEqual({ chain: 'ETH', txid: '0xab', kind: 't', index: 7 });
    for (const id of ['tx:BTC:ab12', 'flow:address:BTC:a>address:BTC:b', 'box-edge:G>tx:BTC:t', 'tx:XYZ:ab>o1', 'tx:BTC:ab>x1']) {
      expect(parseLedgerEdge(id), id).toBeNull();
    }
  });
});
