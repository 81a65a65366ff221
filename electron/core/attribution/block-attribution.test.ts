import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { txDetails } from '../ledger/tx-details';
import { testCase, type TestCase } from '../import/test-case';
import { POOLS_V2_NAME, POOLS_V2_SHA256, POOLS_V2_SIZE } from '../reference/load-reference';
import { BLOCK_50001, fixture } from '../test-support/fixtures';

const COINBASE_50001 = 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58';
/** Block 50001's coinbase pays 1PkqKGbN... and its scriptSig is 04 15 11 2a 1c 02 cc 00 ("..*..."). */
const PAYOUT_50001 = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ';

describe('built-in reference data and M1 block attribution', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('loads the bundled pools-v2.json (168 pools) and the hash-rental actors into every new case', () => {
    const source = c.db.prepare("SELECT id, original_name AS name, sha256, size, kind FROM sources WHERE format = 'mining-pools'").get() as { id: number };
    expect(source).toMatchObject({ name: POOLS_V2_NAME, sha256: POOLS_V2_SHA256, size: POOLS_V2_SIZE, kind: 'reference' });
    expect(c.db.prepare('SELECT count(*) FROM pools WHERE list_source_id = ?').pluck().get(source.id)).toBe(168);
    expect(c.db.prepare("SELECT count(*) FROM pool_addresses a JOIN pools p ON p.id = a.pool_id WHERE p.name = 'BTC.com'").pluck().get()).toBe(5);
    const actors = c.db.prepare("SELECT id FROM actors WHERE categories LIKE '%hash_rental_marketplace%' ORDER BY id").pluck().all();
    expect(actors).toEqual(['hashing24', 'miningrigrentals', 'nicehash']);
  });

  it('the recorded digest and size are those of the bundled file', () => {
    const bytes = fs.readFileSync(new URL('../reference/pools-v2.json', import.meta.url));
    expect(bytes.length).toBe(POOLS_V2_SIZE);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(POOLS_V2_SHA256);
  });

  it('attributes each coinbase per list (address, else tag, else unknown), keeps disagreeing lists and re-runs on a new list', async () => {
    await c.import(BLOCK_50001);
    expect(txDetails(c.db, COINBASE_50001).pool).toEqual([{ list: POOLS_V2_NAME, pool: null, method: 'unknown', evidence: null }]);

    const byAddress = c.write('pools-v2.json', JSON.stringify([{ id: 1, name: 'Early Pool', addresses: [PAYOUT_50001], tags: ['/early/'], link: '' }]));
    const listA = await c.import(byAddress);
    expect(listA).toMatchObject({ format: 'mining-pools', counts: { pools: 1 } });
    const legacy = c.write(
      'pools.json',
      JSON.stringify({ coinbase_tags: { '\\x11\\*': { name: 'Star Miner', link: '' } }, payout_addresses: {}, slugs: { 'Star Miner': 'starminer' } }),
    );
    await c.import(legacy);
    expect(txDetails(c.db, COINBASE_50001).pool).toEqual([
      { list: POOLS_V2_NAME, pool: null, method: 'unknown', evidence: null },
      { list: 'pools-v2.json', pool: 'Early Pool', method: 'address', evidence: `payout address ${PAYOUT_50001}` },
      { list: 'pools.json', pool: 'Star Miner', method: 'tag', evidence: 'coinbase tag \\x11\\*' },
    ]);
  });

  it('imports the real legacy pools.json and rejects a tag that is not a valid regular expression, with its field', async () => {
    const result = await c.import(fixture('mempool-mining-pools/pools.json'));
    expect(result.counts.pools).toBeGreaterThan(100);
    const broken = await c.import(c.write('pools-v2-broken.json', JSON.stringify([{ name: 'Broken', addresses: [], tags: ['(unclosed'] }])));
    expect(broken.rejected).toEqual([{ file: 'pools-v2-broken.json', line: null, byteOffset: null, field: 'tags', reason: 'pool 1 (Broken): tag "(unclosed" is not a valid regular expression' }]);
  });
});
