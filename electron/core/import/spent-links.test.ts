import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { toBigQueryRow } from '../demo/bigquery-jsonl';
import { generateDemo } from '../demo/generator';
import { BULK_MIN_TRANSACTIONS } from './bulk-indexes';
import { testCase, type TestCase } from './test-case';

/** The demo ledger as BigQuery rows in chain order: enough transactions for one import to be a bulk load. */
function demoRows(): string[] {
  const rows: string[] = [];
  for (const record of generateDemo({ scale: BULK_MIN_TRANSACTIONS }).records) {
    if (record.kind === 'utxo-tx') rows.push(JSON.stringify(toBigQueryRow(record)));
  }
  return rows;
}

/** Every ledger row with ids replaced by the txids and addresses they stand for, so cases built in any order compare. */
function ledger(c: TestCase) {
  const all = (sql: string) => c.db.prepare(sql).all();
  return {
    txs: all(`SELECT chain, txid, block_hash, block_height, block_time, tx_index, is_coinbase, version, locktime, size, vsize,
      input_count, output_count, input_value, output_value, fee FROM transactions ORDER BY txid`),
    outputs: all(`SELECT t.txid, o.vout, a.address, o.value, o.script_type, s.txid AS spent_by, o.spent_by_vin FROM tx_outputs o
      JOIN transactions t ON t.id = o.tx_id LEFT JOIN addresses a ON a.id = o.address_id
      LEFT JOIN transactions s ON s.id = o.spent_by_tx_id ORDER BY t.txid, o.vout`),
    inputs: all(`SELECT t.txid, i.vin, i.prev_txid, i.prev_vout, a.address, i.value, i.sequence FROM tx_inputs i
      JOIN transactions t ON t.id = i.tx_id LEFT JOIN addresses a ON a.id = i.address_id ORDER BY t.txid, i.vin`),
    addresses: all('SELECT chain, address, script_type, first_seen, last_seen FROM addresses ORDER BY chain, address'),
  };
}

/** Inputs whose previous output is in the case but not linked both ways (spent-by, address and value). */
const unlinked = (c: TestCase): number =>
  c.db
    .prepare(`SELECT count(*) FROM tx_inputs i JOIN transactions p ON p.txid = i.prev_txid
      JOIN tx_outputs o ON o.tx_id = p.id AND o.vout = i.prev_vout
      WHERE o.spent_by_tx_id IS NOT i.tx_id OR o.spent_by_vin IS NOT i.vin OR i.value IS NOT o.value OR i.address_id IS NOT o.address_id`)
    .pluck()
    .get() as number;

const indexes = (c: TestCase): unknown[] => c.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();

describe('spent links settled after the rows land', () => {
  let rows: string[];
  let inOrder: TestCase;
  let expected: ReturnType<typeof ledger>;
  beforeAll(async () => {
    rows = demoRows();
    inOrder = testCase();
    await inOrder.import(inOrder.write('ledger.jsonl', rows.join('\n')));
    expected = ledger(inOrder);
  });
  afterAll(() => inOrder.close());

  it('links every input to the output it spends in a bulk import, with fees from the linked values', () => {
    expect(rows.length).toBeGreaterThanOrEqual(BULK_MIN_TRANSACTIONS);
    expect(unlinked(inOrder)).toBe(0);
    const spent = inOrder.db.prepare('SELECT count(*) FROM tx_outputs WHERE spent_by_tx_id IS NOT NULL').pluck().get() as number;
    expect(spent).toBeGreaterThan(rows.length / 2);
    const wrongFee = inOrder.db
      .prepare(`SELECT count(*) FROM transactions t WHERE NOT t.is_coinbase
        AND t.fee IS NOT (SELECT sum(value) FROM tx_inputs WHERE tx_id = t.id) - t.output_value`)
      .pluck()
      .get();
    expect(wrongFee).toBe(0);
  });

  it('rebuilds the indexes it dropped: the case reopens with the schema the migrations create', () => {
    const fresh = testCase();
    try {
      expect(indexes(inOrder)).toEqual(indexes(fresh));
    } finally {
      fresh.close();
    }
    const file = path.join(inOrder.dir, 'copy.assay');
    inOrder.db.exec(`VACUUM INTO '${file}'`);
    CaseFile.open(file).close();
  });

  it('gives the same rows when every spender comes before the transaction it spends, in one file', async () => {
    const reversed = testCase();
    try {
      await reversed.import(reversed.write('reversed.jsonl', [...rows].reverse().join('\n')));
      expect(unlinked(reversed)).toBe(0);
      expect(ledger(reversed)).toEqual(expected);
    } finally {
      reversed.close();
    }
  });

  it('gives the same rows across two imports in either order (neither large enough to be a bulk load)', async () => {
    const half = Math.floor(rows.length / 2);
    for (const parts of [
      [rows.slice(half), rows.slice(0, half)],
      [rows.slice(0, half), rows.slice(half)],
    ]) {
      const split = testCase();
      try {
        for (const [n, part] of parts.entries()) await split.import(split.write(`part${n}.jsonl`, part.join('\n')));
        expect(unlinked(split)).toBe(0);
        expect(ledger(split)).toEqual(expected);
      } finally {
        split.close();
      }
    }
  });

  it('rolls the dropped indexes back with everything else when a bulk import is refused', async () => {
    const refused = testCase();
    try {
      const before = { counts: refused.counts(), indexes: indexes(refused) };
      const file = refused.write('bad-last-row.jsonl', [...rows, '{"hash": "not a hash"}'].join('\n'));
      await expect(refused.import(file, { onBadRows: 'refuse' })).rejects.toThrow(/refused/);
      expect({ counts: refused.counts(), indexes: indexes(refused) }).toEqual(before);
    } finally {
      refused.close();
    }
  });
});
