import fs from 'node:fs';
import path from 'node:path';
import * as bitcoin from 'bitcoinjs-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCase, type TestCase } from '../import/test-case';
import { fixture } from '../test-support/fixtures';
import { MAINNET_TXS } from '../test-support/mainnet-txs';
import { truthOf, type TruthTx } from './independent-bitcoin';

/**
 * The truth set: real mainnet blocks and transactions imported through Assay's importers in three formats (raw block
 * hex, Bitcoin Core JSON, raw transaction hex), then every stored txid, value, address and fee compared with what
 * bitcoinjs-lib decodes from the same bytes on its own.
 */
const ETL = fixture('bitcoin-etl-fixtures/bitcoin');
const coreJson = fs
  .readdirSync(ETL, { recursive: true, encoding: 'utf8' })
  .filter((f) => /rpc_response_get(block_.*_2|rawtransaction_.*)\.json$/.test(f))
  .map((f) => path.join(ETL, f));
const rawBlocks = [...new Set((JSON.parse(fs.readFileSync(fixture('bitcoinjs-core-blocks/core_blocks.json'), 'utf8')) as { hex: string }[]).map((b) => b.hex))];

/** Every transaction's serialization, as the files carry it: the Core JSON `hex` fields, the raw blocks, the raw txs. */
function allTransactions(): bitcoin.Transaction[] {
  const fromJson = coreJson.flatMap((file) => {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { result?: unknown } & Record<string, unknown>;
    const item = (doc.result ?? doc) as { tx?: { hex: string }[]; hex?: string };
    return (item.tx ?? [item as { hex: string }]).map((t) => bitcoin.Transaction.fromHex(t.hex));
  });
  const fromBlocks = rawBlocks.flatMap((hex) => bitcoin.Block.fromHex(hex).transactions ?? []);
  return [...fromJson, ...fromBlocks, ...MAINNET_TXS.map((t) => bitcoin.Transaction.fromHex(t.hex))];
}

interface StoredTx {
  id: number;
  fee: number | null;
  isCoinbase: number;
}

describe('truth: mainnet Bitcoin as stored by Assay equals an independent decoding', () => {
  let c: TestCase;
  let truth: Map<string, TruthTx>;
  beforeAll(async () => {
    c = testCase();
    for (const file of coreJson) await c.import(file);
    await c.import(c.write('blocks.hex', rawBlocks.join('\n')));
    await c.import(c.write('mainnet-txs.hex', MAINNET_TXS.map((t) => t.hex).join('\n')));
    truth = truthOf(allTransactions());
  });
  afterAll(() => c.close());

  it('holds exactly the transactions of the files, by txid', () => {
    const stored = c.db.prepare("SELECT txid FROM transactions WHERE chain = 'BTC' ORDER BY txid").pluck().all();
    expect(stored).toEqual([...truth.keys()].sort());
    expect(stored.length).toBeGreaterThan(30);
  });

  it('stores every output with its value and address', () => {
    const outputs = c.db.prepare(`SELECT o.vout, o.value, a.address FROM tx_outputs o LEFT JOIN addresses a ON a.id = o.address_id
      JOIN transactions t ON t.id = o.tx_id WHERE t.txid = ? ORDER BY o.vout`);
    let n = 0;
    for (const tx of truth.values()) {
      expect(outputs.all(tx.txid), tx.txid).toEqual(tx.outputs);
      n += tx.outputs.length;
    }
    expect(n).toBeGreaterThan(40);
  });

  it('stores every input with what it spends, the address it spends and its value where the case holds them', () => {
    const inputs = c.db.prepare(`SELECT i.vin, i.prev_txid AS prevTxid, i.prev_vout AS prevVout, a.address, i.value FROM tx_inputs i
      LEFT JOIN addresses a ON a.id = i.address_id JOIN transactions t ON t.id = i.tx_id WHERE t.txid = ? ORDER BY i.vin`);
    let addressed = 0;
    for (const tx of truth.values()) {
      expect(inputs.all(tx.txid), tx.txid).toEqual(tx.inputs);
      addressed += tx.inputs.filter((i) => i.address !== null).length;
    }
    expect(addressed).toBeGreaterThan(20);
  });

  it('stores the fee where every spent output is in the case, and no fee (unknown, not 0) where one is missing', () => {
    const row = c.db.prepare('SELECT id, fee, is_coinbase AS isCoinbase FROM transactions WHERE txid = ?');
    const known = [...truth.values()].filter((t) => t.fee !== null);
    for (const tx of truth.values()) expect((row.get(tx.txid) as StoredTx).fee, tx.txid).toBe(tx.fee);
    expect(known.length).toBeGreaterThan(3);
    expect(known.every((t) => (t.fee as number) >= 0)).toBe(true);
  });
});
