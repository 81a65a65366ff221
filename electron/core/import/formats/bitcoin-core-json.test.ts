import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_50001 } from '../../test-support/fixtures';
import { SEGWIT_P2SH_P2WPKH } from '../../test-support/mainnet-txs';
import { testCase, type TestCase } from '../test-case';

type Doc = { result?: Doc; tx: { txid: string; hex: string; vout: { value: string }[]; vin: Record<string, unknown>[] }[] };
/** Block 50001 as text with one edit applied to its parsed form (numbers kept as their source text). */
function editedBlock(edit: (block: Doc) => void): string {
  const text = fs.readFileSync(BLOCK_50001, 'utf8').replace(/"value": ([0-9.]+)/g, '"value": "$1"');
  const doc = JSON.parse(text) as Doc;
  edit(doc.result ?? doc);
  return JSON.stringify(doc).replace(/"value":"([0-9.]+)"/g, '"value":$1');
}

describe('Bitcoin Core JSON against its own hex', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('refuses a transaction whose decoded output value disagrees with its hex, located by block, tx and field', async () => {
    const file = c.write('edited.json', editedBlock((b) => (b.tx[1]!.vout[0]!.value = '99.50000000')));
    const result = await c.import(file);
    const tampered = JSON.parse(fs.readFileSync(file, 'utf8')) as Doc;
    const block = tampered.result ?? tampered;
    expect(result.counts.transactions).toBe(block.tx.length - 1);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ field: 'vout[0].value' });
    expect(result.rejected[0]!.reason).toBe(`block ${(block as unknown as { hash: string }).hash} tx 1: says 99.5 BTC but the transaction's own hex says 100 BTC; the document contradicts itself`);
    expect(c.db.prepare('SELECT count(*) FROM transactions WHERE txid = ?').pluck().get(block.tx[1]!.txid)).toBe(0);
    await expect(c.import(file, { onBadRows: 'refuse' })).rejects.toThrow(/field vout\[0\]\.value: .*contradicts itself; the file was refused/);
  });

  it('refuses a transaction whose input points elsewhere than its hex does', async () => {
    const file = c.write('edited-vin.json', editedBlock((b) => (b.tx[1]!.vin[0]!.vout = 7)));
    const result = await c.import(file);
    expect(result.rejected.map((r) => r.field)).toEqual(['vin[0].vout']);
  });

  it('takes the spent address from a segwit input when the document carries no prevout (getrawtransaction without prevouts)', async () => {
    const doc = {
      txid: SEGWIT_P2SH_P2WPKH.txid,
      hash: 'b759d39a8596b70b3a46700b83e1edb247e17ba58df305421864fe7a9ac142ea',
      version: 2,
      locktime: 0,
      vin: [{ txid: '42f7d0545ef45bd3b9cfee6b170cf6314a3bd8b3f09b610eeb436d92993ad440', vout: 1, scriptSig: { hex: '160014a4b4ca48de0b3fffc15404a1acdc8dbaae226955' }, sequence: 4294967295 }],
      vout: [{ value: 1.0, n: 0, scriptPubKey: { hex: 'a9144a1154d50b03292b3024370901711946cb7cccc387', type: 'scripthash' } }],
      hex: SEGWIT_P2SH_P2WPKH.hex,
    };
    await c.import(c.write('rawtx.json', JSON.stringify(doc)));
    const input = c.db.prepare(`SELECT a.address FROM tx_inputs i JOIN addresses a ON a.id = i.address_id`).pluck().get();
    // The address of the output it spends, a9142928...87 in block 481824: the P2SH of the key-hash program.
    expect(input).toBe('35SegwitPieWKVHieXd97mnurNi8o6CM73');
  });
});
