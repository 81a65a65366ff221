import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fiatValue } from '../../../shared/domain/fiat';
import { csvTablesFor } from '../report/csv/tables';
import { BLOCK_50001, BLOCK_50002 } from '../test-support/fixtures';
import { useTestCase } from '../workspace/test-api';

/** Blocks 50001 and 50002 were mined on 2010-04-10 (UTC); prices come from a CSV imported like any other file. */
describe('values at transaction time across the API', () => {
  const t = useTestCase([BLOCK_50001, BLOCK_50002]);
  const importPrices = async (name: string, rows: string[]) => {
    const file = path.join(t.tmp.dir, name);
    fs.writeFileSync(file, ['date,asset,currency,price', ...rows].join('\n'));
    const [result] = await t.api.call('import.run', { jobId: name, files: [t.backend.files.register(file).id] });
    return result;
  };
  const coinbaseTxid = async () => {
    const page = await t.api.call('tables.query', { table: 'transactions', sort: { column: 'block_height', direction: 'asc' }, limit: 1 });
    return String(page.rows[0]?.[page.columns.findIndex((c) => c.key === 'txid')]);
  };

  it('shows nothing before a price covers the day, then the value at the block time in the inspector data and tables', async () => {
    const txid = await coinbaseTxid();
    await importPrices('neighbours.csv', ['2010-04-09,BTC,USD,0.06', '2010-04-11,BTC,USD,0.07']);
    expect((await t.api.call('tx.get', { txid })).fiat).toBeNull();
    let page = await t.api.call('tables.query', { table: 'transactions', limit: 10 });
    const column = page.columns.find((c) => c.key === 'output_value_usd');
    expect(column?.label).toBe('Output value (USD)');
    expect(page.rows.every((r) => r[page.columns.indexOf(column!)] === null)).toBe(true);

    await importPrices('day.csv', ['2010-04-10,BTC,USD,0.0655']);
    const tx = await t.api.call('tx.get', { txid });
    expect(tx.fiat).toEqual({ currency: 'USD', price: '0.0655', at: Date.parse('2010-04-10T00:00:00Z') / 1000 });
    // 50 BTC at 0.0655 sits on a half cent: SQL and the UI helper must round it the same way.
    const expected = fiatValue(tx.outputValue, 'BTC', '0.0655');
    expect(expected).toBeCloseTo(3.275, 2);
    page = await t.api.call('tables.query', { table: 'transactions', filter: { text: txid } });
    expect(page.rows[0]?.[page.columns.findIndex((c) => c.key === 'output_value_usd')]).toBe(expected);

    const payee = tx.outputs[0]?.address as string;
    const address = await t.api.call('address.get', { address: payee });
    expect(address.fiat).toMatchObject({ currency: 'USD', received: fiatValue(address.received, 'BTC', '0.0655'), unpriced: 0 });
    expect(address.transactions.every((r) => r.fiat?.price === '0.0655')).toBe(true);
    const txPage = await t.api.call('address.transactions', { address: payee });
    expect(txPage.rows[0]?.fiat?.currency).toBe('USD');
  });

  it('puts a column named by its currency into the table CSV and the evidence package, and exports the series itself', async () => {
    await importPrices('day.csv', ['2010-04-10,BTC,USD,0.0655']);
    const out = await t.api.call('tables.exportCsv', { table: 'transactions' });
    const [header, first] = out.csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('output_value,output_value_usd,fee');
    expect(first).toMatch(/,\d+,\d+(\.\d+)?,/);
    const tables = csvTablesFor(t.backend.session.caseFile.db);
    expect(tables.find((x) => x.name === 'transactions')?.columns.at(-1)?.name).toBe('output_value_usd');
    const prices = tables.find((x) => x.name === 'prices');
    expect(t.backend.session.caseFile.db.prepare(prices?.sql as string).raw().all()).toEqual([['BTC', 'USD', '2010-04-10T00:00:00Z', '0.0655', 'day.csv']]);
  });
});
