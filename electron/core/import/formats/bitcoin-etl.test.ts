import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_50001, BLOCK_50002, fixture } from '../../test-support/fixtures';
import { testCase, type TestCase } from '../test-case';

const ETL_50001_50002 = fixture('bitcoin-etl-fixtures/bitcoin/stream_50001_50002/expected_transactions.json');

/** Every ledger row in a comparable form (ids replaced by the txids and addresses they stand for). */
function ledgerRows(c: TestCase) {
  return {
    txs: c.db.prepare(`SELECT chain, txid, block_hash, block_height, block_time, tx_index, is_coinbase, version, locktime, size, vsize,
        input_count, output_count, input_value, output_value, fee FROM transactions ORDER BY txid`).all(),
    outputs: c.db.prepare(`SELECT t.txid, o.vout, a.address, o.value, o.script_type, s.txid AS spent_by FROM tx_outputs o
        JOIN transactions t ON t.id = o.tx_id LEFT JOIN addresses a ON a.id = o.address_id
        LEFT JOIN transactions s ON s.id = o.spent_by_tx_id ORDER BY t.txid, o.vout`).all(),
    inputs: c.db.prepare(`SELECT t.txid, i.vin, i.prev_txid, i.prev_vout, a.address, i.value, i.sequence FROM tx_inputs i
        JOIN transactions t ON t.id = i.tx_id LEFT JOIN addresses a ON a.id = i.address_id ORDER BY t.txid, i.vin`).all(),
    addresses: c.db.prepare('SELECT chain, address, first_seen, last_seen FROM addresses ORDER BY address').all(),
  };
}

describe('bitcoin-etl / BigQuery transactions', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('imports the JSON-lines rows of blocks 50001-50002 with input values and addresses', async () => {
    const result = await c.import(ETL_50001_50002);
    expect(result.format).toBe('bitcoin-etl-jsonl');
    expect(result.counts).toMatchObject({ transactions: 4, blocks: 0, inputs: 3, outputs: 4 });
    expect(result.rejectedCount).toBe(0);
    const tx = c.db.prepare("SELECT input_value, output_value, fee FROM transactions WHERE txid = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a'").get();
    // Two 50 BTC inputs; bitcoin-etl carries the values Core's getblock v2 lacks.
    expect(tx).toMatchObject({ input_value: 10_000_000_000 });
    expect((tx as { fee: number }).fee).toBe((tx as { input_value: number }).input_value - (tx as { output_value: number }).output_value);
  });

  it('gives the same rows and no duplicates whichever format of blocks 50001-50002 comes first', async () => {
    await c.import(BLOCK_50001);
    await c.import(BLOCK_50002);
    const second = await c.import(ETL_50001_50002);
    expect(second.added.transactions).toBe(0);
    expect(second.added.outputs).toBe(0);
    const coreFirst = ledgerRows(c);

    const d = testCase();
    try {
      await d.import(ETL_50001_50002);
      await d.import(BLOCK_50001);
      await d.import(BLOCK_50002);
      expect(ledgerRows(d)).toEqual(coreFirst);
    } finally {
      d.close();
    }
    // The second source is still recorded against every transaction it carried.
    const linked = c.db.prepare('SELECT count(*) FROM tx_sources WHERE source_id = ?').pluck().get(second.sourceId);
    expect(linked).toBe(4);
    // Re-importing the same file adds nothing either, and still counts each address it carries once.
    const again = await c.import(ETL_50001_50002);
    expect(again.added).toMatchObject({ transactions: 0, inputs: 0, outputs: 0, addresses: 0 });
    expect(again.counts.addresses).toBe(second.counts.addresses);
    expect(second.counts.addresses).toBe(new Set(c.db.prepare('SELECT address_id FROM tx_outputs UNION SELECT address_id FROM tx_inputs').pluck().all().filter((a) => a !== null)).size);
  });

  it('reads the CSV shape (nested columns as JSON) and rejects a non-numeric amount with its line and field', async () => {
    const rows = c.write(
      'txs.csv',
      [
        'hash,block_hash,block_number,block_timestamp,is_coinbase,index,inputs,outputs',
        `${'ab'.repeat(32)},${'00'.repeat(32)},7,2010-04-10 16:31:40 UTC,true,0,[],"[{""index"":0,""type"":""pubkeyhash"",""addresses"":[""1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ""],""value"":5000000000}]"`,
        `${'cd'.repeat(32)},${'00'.repeat(32)},7,1270917100,false,1,"[]","[{""index"":0,""type"":""pubkeyhash"",""addresses"":[""1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ""],""value"":""12.5""}]"`,
      ].join('\n'),
    );
    const result = await c.import(rows);
    expect(result.format).toBe('bitcoin-etl-csv');
    expect(result.counts.transactions).toBe(1);
    expect(result.rejected).toEqual([{ file: 'txs.csv', line: 3, byteOffset: null, field: 'outputs[0].value', reason: 'not an integer amount in base units: "12.5"' }]);
    expect(c.db.prepare('SELECT block_time FROM transactions').pluck().get()).toBe(1270917100);
  });

  it('keeps a duplicate coinbase txid (BCH block 91722, again in 91880) as one row in the first block imported', async () => {
    const row = fs.readFileSync(fixture('bitcoin-etl-fixtures/bitcoin_cash/block_with_duplicate_txid/expected_transactions.json'), 'utf8').trim();
    const first = await c.import(c.write('bch-91722.jsonl', row), { chain: 'BCH' });
    expect(first.counts.transactions).toBe(1);
    // The same coinbase txid as Bitcoin placed it again at height 91880 (pre-BIP30): one row, the first placement kept.
    const again = row.replace('"block_number": 91722', '"block_number": 91880').replace(/"block_hash": "[0-9a-f]+"/, `"block_hash": "${'00000000000743f190a18c5577a3c2d2a1f610ae9601ac046a38084ccb7cd721'}"`);
    const second = await c.import(c.write('bch-91880.jsonl', again), { chain: 'BCH' });
    expect(second.added.transactions).toBe(0);
    expect(c.db.prepare("SELECT chain, block_height FROM transactions WHERE txid = 'e3bf3d07d4b0375638d5f1db5255fe07ba2c4cb067cd81b84ee974b6585fb468'").all()).toEqual([
      { chain: 'BCH', block_height: 91722 },
    ]);
  });
});
