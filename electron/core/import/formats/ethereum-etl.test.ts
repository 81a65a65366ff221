import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../test-support/fixtures';
import { testCase, type TestCase } from '../test-case';

const STREAM = 'ethereum-etl-fixtures/test_stream/blocks_17173049_17173050';
const TXS_JSONL = fixture(STREAM, 'expected_transactions.json');
const TRANSFERS_JSONL = fixture(STREAM, 'expected_token_transfers.json');
const TXS_CSV = fixture('ethereum-etl-fixtures/test_export_blocks_job/blocks_with_transactions_and_withdrawals/expected_transactions.csv');

/** Sum of the transfers table's TEXT values as exact integers. */
const sumValues = (c: TestCase, token: 'native' | 'tokens'): bigint =>
  (c.db.prepare(`SELECT value FROM transfers WHERE ${token === 'native' ? "token = ''" : "token <> ''"}`).pluck().all() as string[]).reduce(
    (s, v) => s + BigInt(v),
    0n,
  );

describe('ethereum-etl / BigQuery crypto_ethereum', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('imports the 298 transactions of blocks 17173049-17173050 with exact wei values', async () => {
    const result = await c.import(TXS_JSONL);
    expect(result.format).toBe('ethereum-etl-transactions-jsonl');
    expect(result.counts).toMatchObject({ transfers: 298 });
    expect(result.added.transactions).toBe(298);
    // Sum computed from the fixture with arbitrary-precision integers (beyond 2^53), leaving out the value fields of
    // its 9 failed transactions (receipt_status 0), which moved nothing.
    expect(sumValues(c, 'native')).toBe(82246255043361813012n);
    expect(c.db.prepare("SELECT count(*) FROM transfers WHERE log_index = -1 AND token = ''").pluck().get()).toBe(298);
  });

  it('imports the 291 token transfers into the same transactions, and the CSV export of the same block adds none', async () => {
    await c.import(TXS_JSONL);
    const tokens = await c.import(TRANSFERS_JSONL);
    expect(tokens.format).toBe('ethereum-etl-token-transfers-jsonl');
    expect(tokens.counts.transfers).toBe(291);
    expect(tokens.added.transactions).toBe(0);
    expect(sumValues(c, 'tokens')).toBe(18038949443500091328294109550989n);
    const csv = await c.import(TXS_CSV);
    expect(csv.format).toBe('ethereum-etl-transactions-csv');
    expect(csv.counts.transfers).toBe(298);
    expect(csv.added).toMatchObject({ transactions: 0, transfers: 0 });
    expect(csv.rejectedCount).toBe(0);
  });

  it('rejects a checksum-broken address and a non-numeric value with their lines', async () => {
    const lines = fs.readFileSync(TXS_JSONL, 'utf8').trim().split('\n').slice(0, 3);
    lines[1] = lines[1]!.replace(/"value": \d+/, '"value": "12abc"');
    lines[2] = lines[2]!.replace(/"from_address": "0x([0-9a-f]{40})"/, (_m, hex: string) => `"from_address": "0x${hex.slice(0, 10).toUpperCase()}${hex.slice(10)}"`);
    const result = await c.import(c.write('txs.json', lines.join('\n')));
    expect(result.counts.transfers).toBe(1);
    expect(result.rejected.map((r) => [r.line, r.field])).toEqual([
      [2, 'value'],
      [3, 'from_address'],
    ]);
    expect(result.rejected[1]!.reason).toMatch(/EIP-55 checksum mismatch/);
  });
});

describe('Etherscan CSV export', () => {
  it('converts decimal ether exactly to wei and skips the value of failed transactions', async () => {
    const c = testCase();
    try {
      const file = c.write(
        'export-0xae2f.csv',
        [
          '"Txhash","Blockno","UnixTimestamp","DateTime (UTC)","From","To","ContractAddress","Value_IN(ETH)","Value_OUT(ETH)","CurrentValue @ $1/Eth","TxnFee(ETH)","TxnFee(USD)","Historical $Price/Eth","Status","ErrCode","Method"',
          `"0x${'a1'.repeat(32)}","17173049","1683029999","2023-05-02 12:19:59","0xae2fc483527b8ef99eb5d9b44875f005ba1fae13","0x6b75d8af000000e20b7a7ddf000ba900b4009a80","","0","1.000000000000000001","0","0.001","0","0","","","Transfer"`,
          `"0x${'b2'.repeat(32)}","17173050","1683030011","2023-05-02 12:20:11","0x6b75d8af000000e20b7a7ddf000ba900b4009a80","0xae2fc483527b8ef99eb5d9b44875f005ba1fae13","","2.5","0","0","0.001","0","0","Error(0)","Reverted","Transfer"`,
        ].join('\n'),
      );
      const result = await c.import(file);
      expect(result.format).toBe('etherscan-csv');
      expect(c.db.prepare('SELECT value FROM transfers ORDER BY id').pluck().all()).toEqual(['1000000000000000001', '0']);
    } finally {
      c.close();
    }
  });
});

describe('ethereum-etl exports with and without receipts, in either order', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  /** The same 298 real transactions as an export_blocks CSV, which carries no receipt columns. */
  function csvWithoutReceipts(): string {
    const rows = fs.readFileSync(TXS_JSONL, 'utf8').trim().split('\n').map((l) => JSON.parse(l.replace(/"value": (\d+)/, '"value": "$1"')) as Record<string, unknown>);
    const columns = ['hash', 'nonce', 'block_hash', 'block_number', 'transaction_index', 'from_address', 'to_address', 'value', 'gas', 'gas_price', 'input', 'block_timestamp'];
    return [columns.join(','), ...rows.map((r) => columns.map((k) => String(r[k] ?? '')).join(','))].join('\n');
  }
  const failed = (): number => fs.readFileSync(TXS_JSONL, 'utf8').trim().split('\n').filter((l) => /"receipt_status": 0/.test(l)).length;

  it('the receipts win: failed transactions moved nothing whether the CSV came first or second', async () => {
    expect(failed()).toBe(9);
    const csv = c.write('txs.csv', csvWithoutReceipts());
    await c.import(csv);
    expect(sumValues(c, 'native')).toBeGreaterThan(82246255043361813012n);
    await c.import(TXS_JSONL);
    expect(sumValues(c, 'native')).toBe(82246255043361813012n);
    // And a later import without receipts does not undo it.
    await c.import(csv, { format: 'ethereum-etl-transactions-csv' });
    expect(sumValues(c, 'native')).toBe(82246255043361813012n);
  });

  it('stores the fee from the receipt (gas used x effective gas price), exactly in wei', async () => {
    await c.import(TXS_JSONL);
    const row = JSON.parse(fs.readFileSync(TXS_JSONL, 'utf8').split('\n')[0]!.replace(/"(receipt_gas_used|receipt_effective_gas_price)": (\d+)/g, '"$1": "$2"')) as Record<string, string>;
    const fee = c.db.prepare('SELECT CAST(fee AS TEXT) FROM transactions WHERE txid = ?').pluck().get(row.hash);
    expect(fee).toBe(String(BigInt(row.receipt_gas_used!) * BigInt(row.receipt_effective_gas_price!)));
  });
});
