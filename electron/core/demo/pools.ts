import type { PoolRecord } from '../import/records';

/**
 * The pools the demo mines with, as listed in mempool.space pools-v2.json (MIT, github.com/mempool/mining-pools;
 * a subset of each pool's addresses). ViaBTC publishes no payout address, so its blocks are recognisable by tag only.
 */
export const DEMO_POOLS = {
  viabtc: { slug: 'viabtc', name: 'ViaBTC', link: 'https://viabtc.com', tags: ['/ViaBTC/', 'viabtc.com deploy'], addresses: [] },
  f2pool: {
    slug: 'f2pool',
    name: 'F2Pool',
    link: 'https://www.f2pool.com',
    tags: ['七彩神仙鱼', 'F2Pool', '🐟'],
    addresses: ['1KFHE7w8BhaENAswwryaoccDb6qcT6DbYY', 'bc1qf274x7penhcd8hsv3jcmwa5xxzjl2a6pa9pxwm'],
  },
  foundry: {
    slug: 'foundry-usa',
    name: 'Foundry USA',
    link: 'https://foundrydigital.com',
    tags: ['/2cDw/', 'Foundry USA Pool'],
    addresses: ['12KKDt4Mj7N5UAkQMN7LtPZMayenXHa8KL', 'bc1qxhmdufsvnuaaaer4ynz88fspdsxq2h9e9cetdj'],
  },
  antpool: {
    slug: 'antpool',
    name: 'AntPool',
    link: 'https://www.antpool.com',
    tags: ['/AntPool/', 'Mined By AntPool', 'Mined by AntPool'],
    addresses: ['12dRugNcdxK39288NjcDV4GX7rMsKCGn6B', '15kiNKfDWsq7UsPg87UwxA8rVvWAjzRkYS'],
  },
} as const satisfies Record<string, Omit<PoolRecord, 'kind' | 'tagSyntax'>>;

export const poolRecords = (): PoolRecord[] =>
  Object.values(DEMO_POOLS).map((p) => ({ kind: 'pool', ...p, addresses: [...p.addresses], tags: [...p.tags], tagSyntax: 'regex' }));
