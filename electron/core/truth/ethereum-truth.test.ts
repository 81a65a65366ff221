import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCase, type TestCase } from '../import/test-case';
import { fixture } from '../test-support/fixtures';

/**
 * The truth set for Ethereum: ethereum-etl exports (CSV and JSON lines) imported through Assay, compared field by
 * field with the raw JSON-RPC responses they were exported from (eth_getBlockByNumber, eth_getTransactionReceipt):
 * every transaction hash, sender, recipient, value in wei, and the fee where a receipt was exported.
 */
const ETL = fixture('ethereum-etl-fixtures');
const SETS = [
  { export: 'test_export_blocks_job/blocks_with_transactions/expected_transactions.csv', rpc: 'test_export_blocks_job/blocks_with_transactions' },
  { export: 'test_export_blocks_job/block_with_logs/expected_transactions.csv', rpc: 'test_export_blocks_job/block_with_logs' },
  { export: 'test_stream/blocks_1755634_1755635/expected_transactions.json', rpc: 'test_stream/blocks_1755634_1755635' },
];

interface RpcTx {
  hash: string;
  from: string;
  to: string | null;
  value: string;
  gasPrice: string;
}

const rpcFiles = (dir: string, prefix: string): unknown[] =>
  fs
    .readdirSync(path.join(ETL, dir))
    .filter((f) => f.startsWith(prefix))
    .map((f) => JSON.parse(fs.readFileSync(path.join(ETL, dir, f), 'utf8')) as { result?: unknown })
    .map((doc) => doc.result ?? doc);

/** What the node said: each transaction of the blocks, and the gas its receipt used (where a receipt was fetched). */
function truth(): { txs: RpcTx[]; gasUsed: Map<string, bigint> } {
  const txs = SETS.flatMap((s) => rpcFiles(s.rpc, 'web3_response.eth_getBlockByNumber_0x').flatMap((b) => (b as { transactions: RpcTx[] }).transactions));
  const gasUsed = new Map<string, bigint>();
  for (const s of SETS) {
    for (const r of rpcFiles(s.rpc, 'web3_response.eth_getTransactionReceipt_') as { transactionHash: string; gasUsed: string; status?: string }[]) {
      expect(r.status).toBeUndefined(); // pre-Byzantium receipts: no status, every transaction's value moved
      gasUsed.set(r.transactionHash, BigInt(r.gasUsed));
    }
  }
  return { txs, gasUsed };
}

describe('truth: Ethereum as stored by Assay equals the node responses the exports came from', () => {
  let c: TestCase;
  beforeAll(async () => {
    c = testCase();
    for (const s of SETS) await c.import(path.join(ETL, s.export));
  });
  afterAll(() => c.close());

  it('every transaction: hash, from, to, value and fee', () => {
    const { txs, gasUsed } = truth();
    expect(txs.length).toBeGreaterThan(2);
    expect(c.db.prepare("SELECT txid FROM transactions WHERE chain = 'ETH' ORDER BY txid").pluck().all()).toEqual(txs.map((t) => t.hash).sort());
    const stored = c.db.prepare(`SELECT f.address AS "from", r.address AS "to", x.value, CAST(t.fee AS TEXT) AS fee FROM transactions t
      JOIN transfers x ON x.tx_id = t.id AND x.log_index = -1 AND x.token = ''
      LEFT JOIN addresses f ON f.id = x.from_address_id LEFT JOIN addresses r ON r.id = x.to_address_id WHERE t.txid = ?`);
    for (const tx of txs) {
      const used = gasUsed.get(tx.hash);
      expect(stored.get(tx.hash), tx.hash).toEqual({
        from: tx.from,
        to: tx.to,
        value: BigInt(tx.value).toString(),
        fee: used === undefined ? null : (used * BigInt(tx.gasPrice)).toString(),
      });
    }
    expect(gasUsed.size).toBeGreaterThan(0);
  });
});
