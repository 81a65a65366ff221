import { createHash } from 'node:crypto';
import fs from 'node:fs';
import * as bitcoin from 'bitcoinjs-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { txDetails } from '../ledger/tx-details';
import { testCase, type TestCase } from '../import/test-case';
import { POOLS_V2_NAME, POOLS_V2_SHA256, POOLS_V2_SIZE } from '../reference/load-reference';
import { BLOCK_50001, fixture } from '../test-support/fixtures';
import { F2POOL_371622, f2pool371622CoreJson, F2POOL_745778, SEVENPOOL_SCRIPTSIG } from '../test-support/mainnet-coinbases';
import { coinbaseReadings, readableCoinbase } from './coinbase-text';
import { poolTagMatcher } from './pool-lists';

const COINBASE_50001 = 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58';
/** Block 50001's coinbase pays 1PkqKGbN... and its scriptSig is 04 15 11 2a 1c 02 cc 00 ("..*..."). */
const PAYOUT_50001 = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ';
const LEGACY = fixture('mempool-mining-pools/pools.json');
const F2POOL_BY_ADDRESS = { list: POOLS_V2_NAME, pool: 'F2Pool', method: 'address', evidence: 'payout address 1KFHE7w8BhaENAswwryaoccDb6qcT6DbYY' };

describe('built-in reference data and M1 attribution per coinbase', () => {
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

  it('the real coinbases used below are what their txids say (double SHA-256 of the hex)', () => {
    for (const coinbase of [F2POOL_745778, F2POOL_371622]) expect(bitcoin.Transaction.fromHex(coinbase.hex).getId()).toBe(coinbase.txid);
  });

  it('attributes each coinbase per list (address, else tag, else unknown), keeps disagreeing lists and re-runs on a new list', async () => {
    await c.import(BLOCK_50001);
    expect(txDetails(c.db, COINBASE_50001).pool).toEqual([{ list: POOLS_V2_NAME, pool: null, method: 'unknown', evidence: null }]);

    const byAddress = c.write('pools-v2.json', JSON.stringify([{ id: 1, name: 'Early Pool', addresses: [PAYOUT_50001], tags: ['/early/'], link: '' }]));
    const listA = await c.import(byAddress);
    expect(listA).toMatchObject({ format: 'mining-pools', counts: { pools: 1 } });
    const byTag = c.write('pools-tags.json', JSON.stringify([{ id: 1, name: 'Star Miner', addresses: [], tags: ['\\x11\\*'], link: '' }]));
    await c.import(byTag);
    const tx = txDetails(c.db, COINBASE_50001);
    expect(tx.pool).toEqual([
      { list: POOLS_V2_NAME, pool: null, method: 'unknown', evidence: null },
      { list: 'pools-v2.json', pool: 'Early Pool', method: 'address', evidence: `payout address ${PAYOUT_50001}` },
      { list: 'pools-tags.json', pool: 'Star Miner', method: 'tag', evidence: 'coinbase tag \\x11\\*' },
    ]);
    // The lists disagree: the payout address outranks the tag wherever one name is needed (tables show both).
    expect(tx.attributedPool).toBe('Early Pool');
  });

  it('attributes a coinbase imported as raw hex without its block, by its payout address beside three OP_RETURN outputs', async () => {
    const result = await c.import(c.write('coinbase-745778.hex', `${F2POOL_745778.hex}\n`));
    expect(result.format).toBe('bitcoin-raw-tx');
    const tx = txDetails(c.db, F2POOL_745778.txid);
    expect(tx).toMatchObject({ isCoinbase: true, blockHash: null, attributedPool: 'F2Pool' });
    expect(tx.outputs.map((o) => o.address)).toEqual([F2POOL_745778.payout, null, null, null]);
    expect(tx.pool).toEqual([F2POOL_BY_ADDRESS]);
    expect(tx.coinbaseText).toContain('🐟');
    expect(tx.coinbaseText).toContain('/F2Pool/');
  });

  it('attributes a getrawtransaction coinbase whose block is not in the case, reads its UTF-8 tags and keeps its answer when the block arrives', async () => {
    await c.import(c.write('getrawtransaction-371622.json', f2pool371622CoreJson()));
    const tx = txDetails(c.db, F2POOL_371622.txid);
    expect(c.db.prepare('SELECT count(*) FROM blocks').pluck().get()).toBe(0);
    expect(tx.pool).toEqual([F2POOL_BY_ADDRESS]);
    expect(tx.coinbaseText).toMatch(/七彩神仙鱼.*🐟\/BIP100\/Mined by sdzhabcd/);

    // The legacy list names F2Pool by those very tags: with no payout address of its own, the UTF-8 tag decides.
    const real = JSON.parse(fs.readFileSync(LEGACY, 'utf8')) as { coinbase_tags: Record<string, { name: string }> };
    const f2tags = Object.fromEntries(Object.entries(real.coinbase_tags).filter(([, v]) => v.name === 'F2Pool'));
    expect(Object.keys(f2tags)).toEqual(expect.arrayContaining(['七彩神仙鱼', '🐟']));
    await c.import(c.write('pools.json', JSON.stringify({ coinbase_tags: f2tags, payout_addresses: {} })));
    expect(txDetails(c.db, F2POOL_371622.txid).pool[1]).toMatchObject({ list: 'pools.json', pool: 'F2Pool', method: 'tag' });
    expect(txDetails(c.db, F2POOL_371622.txid).pool[1]?.evidence).toMatch(/^coinbase tag (七彩神仙鱼|🐟)$/);

    // The same transaction again inside its block's export row: one row, re-attributed with the block now known.
    const row = { hash: F2POOL_371622.txid, block_hash: F2POOL_371622.blockHash, block_number: 371622, block_timestamp: F2POOL_371622.blockTime,
      is_coinbase: true, index: 0, inputs: [], outputs: [{ index: 0, value: 2537726812, type: 'pubkeyhash', addresses: [F2POOL_371622.payout], script_hex: '76a914c825a1ecf2a6830c4401620c3a16f1995057c2ab88ac' }] };
    const etl = await c.import(c.write('transactions.json', `${JSON.stringify(row)}\n`));
    expect(etl.added.transactions).toBe(0);
    expect(c.db.prepare('SELECT count(*) FROM coinbase_attributions').pluck().get()).toBe(2);
    expect(txDetails(c.db, F2POOL_371622.txid)).toMatchObject({ blockHash: F2POOL_371622.blockHash, attributedPool: 'F2Pool' });
  });

  it('imports the real legacy pools.json as a list of its own with literal tags, and rejects a pools-v2 tag that does not compile', async () => {
    const result = await c.import(LEGACY);
    expect(result.counts.pools).toBeGreaterThan(100);
    expect(result.rejected).toEqual([]);
    expect(c.db.prepare('SELECT DISTINCT t.syntax FROM pool_tags t JOIN pools p ON p.id = t.pool_id WHERE p.list_source_id = ?').pluck().all(result.sourceId)).toEqual(['literal']);
    expect(c.db.prepare("SELECT DISTINCT t.syntax FROM pool_tags t JOIN pools p ON p.id = t.pool_id JOIN sources s ON s.id = p.list_source_id WHERE s.kind = 'reference'").pluck().all()).toEqual(['regex']);
    const broken = await c.import(c.write('pools-v2-broken.json', JSON.stringify([{ name: 'Broken', addresses: [], tags: ['(unclosed'] }])));
    expect(broken.rejected).toEqual([{ file: 'pools-v2-broken.json', line: null, byteOffset: null, field: 'tags', reason: 'pool 1 (Broken): tag "(unclosed" is not a valid regular expression' }]);
  });
});

describe('coinbase tags', () => {
  it('match on the UTF-8 reading: 七彩神仙鱼 and 🐟 in a real F2Pool scriptSig', () => {
    const text = coinbaseReadings(F2POOL_371622.scriptSig);
    for (const tag of ['七彩神仙鱼', '🐟']) {
      expect(poolTagMatcher(tag, 'regex')?.(text)).toBe(true);
      expect(poolTagMatcher(tag, 'literal')?.(text)).toBe(true);
    }
    // Read one character per byte (as before), neither tag can match.
    expect(text.bytes.includes('七彩神仙鱼') || text.bytes.includes('🐟')).toBe(false);
  });

  it('match on the bytes too, for tags written as byte escapes', () => {
    expect(poolTagMatcher('\\x11\\*', 'regex')?.(coinbaseReadings('0415112a1c02cc00'))).toBe(true);
  });

  it('legacy tags are literal text: "/$Mined by 7pool.com/" matches a real 7pool coinbase, which the same text as a regular expression never does', () => {
    const text = coinbaseReadings(SEVENPOOL_SCRIPTSIG);
    expect(poolTagMatcher('/$Mined by 7pool.com/', 'literal')?.(text)).toBe(true);
    expect(poolTagMatcher('/$Mined by 7pool.com/', 'regex')?.(text)).toBe(false);
    expect(poolTagMatcher('/$mined BY 7POOL.com/', 'literal')?.(text)).toBe(true);
  });

  it('are shown readably: UTF-8 text kept, control bytes, bidi overrides and undecodable bytes as dots', () => {
    expect(readableCoinbase(F2POOL_371622.scriptSig)).toMatch(/^\.+七彩神仙鱼.*🐟\/BIP100\/Mined by sdzhabcd\.+$/);
    expect(readableCoinbase(Buffer.concat([Buffer.from('ab\u202ecd\u0007'), Buffer.from([0xff])]).toString('hex'))).toBe('ab.cd..');
  });
});
