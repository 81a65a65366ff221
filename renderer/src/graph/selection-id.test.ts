import { describe, expect, it } from 'vitest';
import { parseClusterNodeId } from './cluster-node';

describe('parseClusterNodeId', () => {
  it('reads the chain and cluster id of a cluster box', () => {
    expect(parseClusterNodeId('cluster:BTC:16')).toEqual({ chain: 'BTC', clusterId: '16' });
  });

  it('refuses other nodes, unknown chains and ids that are not row ids', () => {
    for (const id of ['address:BTC:16', 'cluster:DOGE:16', 'cluster:BTC:abc', 'cluster:BTC:16:x', 'group:1', 'cluster:BTC:']) {
      expect(parseClusterNodeId(id), id).toBeNull();
    }
  });
});
