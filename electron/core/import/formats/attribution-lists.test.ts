import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../test-support/fixtures';
import { importRecords } from '../run-import';
import { testCase, type TestCase } from '../test-case';
import { pastedAddressTags } from './attribution-lists';

const OFAC = 'ofac-sanctioned-addresses';

describe('sanctions lists, label CSVs, pasted lists and generic CSV', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('imports the OFAC XBT list (434 BTC addresses of 435 lines, chain from the file name); 20 of the 26 Lazarus addresses are on it', async () => {
    const result = await c.import(fixture(OFAC, 'sanctioned_addresses_XBT.txt'));
    expect(result.format).toBe('sanctions-list');
    expect(result.counts.tags).toBe(434);
    // OFAC's XBT list carries one TRON address; it is not a Bitcoin address and is reported, not imported.
    expect(result.rejected).toEqual([
      { file: 'sanctioned_addresses_XBT.txt', line: 355, byteOffset: null, field: 'address', reason: 'base58 version byte 65 is not a BTC address: TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq' },
    ]);
    expect(c.db.prepare("SELECT DISTINCT chain, category, confidence FROM tags WHERE origin_source_id = ?").all(result.sourceId)).toEqual([
      { chain: 'BTC', category: 'sanction', confidence: 'authority_data' },
    ]);
    await c.import(fixture('graphsense-tagpacks/packs/lazarus.yaml'));
    await c.import(fixture('graphsense-tagpacks/packs/lazarus2.yaml'));
    const overlap = c.db.prepare(`SELECT count(DISTINCT l.subject) FROM tags l JOIN tags s ON s.chain = l.chain AND s.subject = l.subject
      WHERE l.chain = 'BTC' AND l.actor = 'lazarusgroup' AND s.category = 'sanction' AND s.origin_source_id = ?`).pluck().get(result.sourceId);
    expect(overlap).toBe(20);
  });

  it('imports the ETH list as a JSON array (EIP-55 spellings, stored lower-case) and the JSON and text lists agree', async () => {
    const json = await c.import(fixture(OFAC, 'sanctioned_addresses_ETH.json'));
    expect(json.counts.tags).toBe(152);
    expect(c.db.prepare("SELECT count(*) FROM tags WHERE chain = 'ETH' AND subject <> lower(subject)").pluck().get()).toBe(0);
    const text = await c.import(fixture(OFAC, 'sanctioned_addresses_ETH.txt'));
    expect(text.added.tags).toBe(0);
  });

  it('refuses a list whose file name names no supported chain unless --chain is given', async () => {
    await expect(c.import(fixture(OFAC, 'sanctioned_addresses_XMR.txt'))).rejects.toThrow(/does not say which chain.*--chain/);
    const lines = c.write('sanctioned_addresses_misc.txt', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ\n1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPR\n');
    const result = await c.import(lines, { chain: 'BTC' });
    expect(result.rejected).toEqual([{ file: 'sanctioned_addresses_misc.txt', line: 2, byteOffset: null, field: 'address', reason: 'base58check checksum mismatch: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPR' }]);
  });

  it('imports a label CSV with a currency column; an unknown category is rejected with its line', async () => {
    const file = c.write(
      'labels.csv',
      'address,label,category,currency\n3C9sAKXrBVpJVe3b738yik4LPHpPmceBgd,NiceHash deposit,hash_rental_marketplace,BTC\n0xae2fc483527b8ef99eb5d9b44875f005ba1fae13,Bot,spaceship,ETH\n',
    );
    const result = await c.import(file);
    expect(result.format).toBe('csv-labels');
    expect(result.counts.tags).toBe(1);
    expect(result.rejected).toMatchObject([{ line: 3, field: 'category' }]);
  });

  it('tags a pasted list as one source, with each bad token located by its line', async () => {
    const pasted = '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ, 3C9sAKXrBVpJVe3b738yik4LPHpPmceBgd\nnot-an-address\nbc1q39dled8an7enuxtmjql3pk7ny8kzvsxhd924sl';
    const result = await importRecords(
      c.db,
      { kind: 'paste', name: 'pasted list: suspects', sha256: '0'.repeat(64), size: pasted.length, format: 'pasted-addresses', version: '1' },
      pastedAddressTags('BTC', pasted, 'suspect', 'perpetrator'),
      { onBadRows: 'skip' },
    );
    expect(result.counts.tags).toBe(3);
    expect(result.rejected).toMatchObject([{ line: 2, field: 'address' }]);
    expect(c.db.prepare("SELECT kind FROM sources WHERE id = ?").pluck().get(result.sourceId)).toBe('paste');
  });

  it('reads any CSV through a column mapping, refusing a mapping that names a missing column', async () => {
    const file = c.write('ledger.csv', 'Hash,Sender,Receiver,Amount ETH,When\n0x' + 'ab'.repeat(32) + ',0xae2fc483527b8ef99eb5d9b44875f005ba1fae13,0x6b75d8af000000e20b7a7ddf000ba900b4009a80,1.5,1683029999\n');
    const columns = { txid: 'Hash', from: 'Sender', to: 'Receiver', value: 'Amount ETH', time: 'When' };
    const result = await c.import(file, { mapping: { kind: 'transfers', chain: 'ETH', decimals: 18, columns } });
    expect(result.format).toBe('generic-csv');
    expect(c.db.prepare('SELECT value FROM transfers').pluck().get()).toBe('1500000000000000000');
    const before = c.counts();
    await expect(c.import(file, { mapping: { kind: 'transfers', chain: 'ETH', decimals: 18, columns: { ...columns, value: 'Wei' } } })).rejects.toThrow(
      /line 1: the mapping names column "Wei", which the file does not have/,
    );
    expect(c.counts()).toEqual(before);
  });
});
