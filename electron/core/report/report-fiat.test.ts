import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { importFile } from '../import/run-import';
import { tempDir } from '../test-support/fixtures';
import { exportPackage } from './export-package';
import { hasPdftotext, pdfText } from './test-support/pdf-text';
import { buildReportCase, TX_COINBASE } from './test-support/report-case';

/**
 * The fixture's accepted finding ends on 2010-04-01 (a price covers that day); its transactions were mined on
 * 2010-04-10 (no price that day): the findings carry values, the transactions none.
 */
describe('fiat values in the evidence package', () => {
  const tmp = tempDir();
  let out: string;

  beforeAll(async () => {
    const { file } = await buildReportCase(tmp.dir);
    const prices = path.join(tmp.dir, 'btc-usd.csv');
    fs.writeFileSync(prices, 'date,asset,currency,price\n2010-04-01,BTC,USD,0.08\n');
    const c = CaseFile.open(file);
    await importFile(c.db, { filePath: prices, displayName: 'btc-usd.csv', onBadRows: 'refuse' });
    c.close();
    out = path.join(tmp.dir, 'pkg');
    await exportPackage({ caseFile: file, outDir: out, zip: false, force: false, maxTableRows: 500, now: () => new Date('2026-03-01T10:00:00Z') });
  }, 120_000);
  afterAll(() => tmp.cleanup());

  const rows = (name: string) => parse(fs.readFileSync(path.join(out, 'csv', name)), { bom: true, columns: true }) as Record<string, string>[];

  it('findings.csv values the evidence amounts at the finding\'s time, with the currency in the header; nothing where no price covers', () => {
    const findings = rows('findings.csv');
    expect(findings.find((f) => f.id === '1')?.amounts_usd).toBe('taintHaircut=4.00');
    expect(findings.find((f) => f.id === '2')?.amounts_usd).toBe('');
    expect(rows('transactions.csv').find((t) => t.txid === TX_COINBASE)?.output_value_usd).toBe('');
  });

  it.skipIf(!hasPdftotext)('the findings section shows the value beside the amount, and a currency column that stays empty without a price', () => {
    const text = pdfText(path.join(out, 'report.pdf'));
    expect(text).toMatch(/Tainted \(haircut model\)\s+50 BTC \(4\.00 USD on 2010-04-01\)/);
    expect(text).toMatch(/Value \(USD\) then/);
    expect(text).toMatch(new RegExp(`${TX_COINBASE}\\s+50 BTC\\s+—`));
  });
});
