import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCase, type TestCase } from '../test-case';
import { fixture } from '../../test-support/fixtures';

const LEGACY = JSON.parse(fs.readFileSync(fixture('mempool-mining-pools/pools.json'), 'utf8')) as {
  coinbase_tags: Record<string, { name: string; link: string }>;
  payout_addresses: Record<string, { name: string; link: string }>;
};
/** Real entries of the legacy list: F2Pool's tags and payout addresses, Foundry's too. */
const entries = (map: Record<string, { name: string }>, pool: string) => Object.entries(map).filter(([, v]) => v.name === pool);
const LTC_ADDRESSES = fs.readFileSync(fixture('ofac-sanctioned-addresses/sanctioned_addresses_LTC.txt'), 'utf8').split('\n').filter(Boolean).slice(0, 3);
const BCH_CASHADDRS = fs.readFileSync(fixture('ofac-sanctioned-addresses/sanctioned_addresses_BCH.txt'), 'utf8').split('\n').filter((a) => a.startsWith('q')).slice(0, 2);

describe('legacy pools.json lists', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  const pools = (sourceId: number) =>
    c.db.prepare(`SELECT p.name, p.link, (SELECT group_concat(pattern, ' | ') FROM pool_tags WHERE pool_id = p.id) AS tags,
        (SELECT count(*) FROM pool_addresses WHERE pool_id = p.id) AS addresses FROM pools p WHERE p.list_source_id = ? ORDER BY p.name`).all(sourceId);

  it('reads entries with a name and link, a name only, a bare name, or only a link', async () => {
    const f2 = entries(LEGACY.coinbase_tags, 'F2Pool');
    const foundry = entries(LEGACY.payout_addresses, 'Foundry USA');
    const doc = {
      coinbase_tags: {
        ...Object.fromEntries(f2.map(([tag]) => [tag, { name: 'F2Pool' }])),
        '/$Mined by 7pool.com/': { name: '7pool', link: 'https://7pool.com/' },
        'Foundry USA Pool': 'Foundry USA',
        '/ViaBTC/': { link: 'https://www.viabtc.com/' },
      },
      payout_addresses: Object.fromEntries(foundry.map(([address]) => [address, 'Foundry USA'])),
    };
    const result = await c.import(c.write('known-pools.json', JSON.stringify(doc)));
    expect(result).toMatchObject({ format: 'mining-pools', rejected: [], counts: { pools: 4 } });
    expect(pools(result.sourceId)).toEqual([
      { name: '7pool', link: 'https://7pool.com/', tags: '/$Mined by 7pool.com/', addresses: 0 },
      { name: 'F2Pool', link: null, tags: expect.stringContaining('七彩神仙鱼') as string, addresses: 0 },
      { name: 'Foundry USA', link: null, tags: 'Foundry USA Pool', addresses: foundry.length },
      { name: 'viabtc.com', link: 'https://www.viabtc.com/', tags: '/ViaBTC/', addresses: 0 },
    ]);
  });

  it('rejects a payout address whose entry names no pool, with its field, and keeps the rest', async () => {
    const [address] = entries(LEGACY.payout_addresses, 'F2Pool')[0] ?? [];
    const doc = { coinbase_tags: { '/F2Pool/': { name: 'F2Pool' } }, payout_addresses: { [String(address)]: {} } };
    const result = await c.import(c.write('pools.json', JSON.stringify(doc)));
    expect(result.counts.pools).toBe(1);
    expect(result.rejected).toEqual([
      { file: 'pools.json', line: null, byteOffset: null, field: 'name', reason: `payout address ${address} (no name or link): a pool needs a name` },
    ]);
  });

  it('refuses a list for another chain, whether it says so or only its addresses do, and writes nothing', async () => {
    const before = c.counts();
    const litecoin = { coinbase_tags: { '/LitecoinPool/': { name: 'LitecoinPool' } }, payout_addresses: Object.fromEntries(LTC_ADDRESSES.map((a) => [a, { name: 'LitecoinPool' }])) };
    await expect(c.import(c.write('ltc-pools.json', JSON.stringify(litecoin)))).rejects.toThrow(
      /ltc-pools\.json: this pool list is for LTC \(3 of its 3 payout addresses are LTC addresses, none is a Bitcoin address\); Assay attributes Bitcoin \(BTC\) coinbases only/,
    );
    const cash = [{ name: 'Cash Pool', addresses: BCH_CASHADDRS, tags: ['/cash/'] }];
    await expect(c.import(c.write('bch-pools-v2.json', JSON.stringify(cash)))).rejects.toThrow(/is for BCH \(2 of its 2 payout addresses are BCH addresses/);
    const labelled = { chain: 'BCH', coinbase_tags: { '/ViaBTC/': { name: 'ViaBTC' } }, payout_addresses: {} };
    await expect(c.import(c.write('pools.json', JSON.stringify(labelled)))).rejects.toThrow(/is for BCH \(its "chain" field\)/);
    await expect(c.import(fixture('mempool-mining-pools/pools.json'), { chain: 'LTC' })).rejects.toThrow(/is for LTC \(--chain\)/);
    expect(c.counts()).toEqual(before);
    // A Bitcoin list that says so, or carries one foreign address among Bitcoin ones (mempool's has a testnet one), imports.
    await expect(c.import(c.write('btc.json', JSON.stringify({ ...labelled, chain: 'bitcoin' })))).resolves.toMatchObject({ counts: { pools: 1 } });
  });
});
