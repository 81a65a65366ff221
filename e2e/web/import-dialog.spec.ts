import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';

const DATA = path.resolve(ROOT, '../shared/data');
const ETL_JSON = path.join(DATA, 'bitcoin-etl-fixtures/bitcoin/block_with_transactions/expected_transactions.json');
const TAGPACK = path.join(DATA, 'graphsense-tagpacks/packs/lazarus.yaml');
const SHOTS = '/tmp/shots-import';

const A = '0x' + '1'.repeat(40);
const B = '0x' + 'a'.repeat(40);
// Row 3 (line 3 of the file) has an amount no parser accepts; it starts with "=" to prove the export neutralises it.
const TRANSFERS_CSV = ['txid,from,to,value', `0x${'c'.repeat(64)},${A},${B},1.5`, `0x${'d'.repeat(64)},${A},${B},=2+3`, `0x${'e'.repeat(64)},${B},${A},0.25`, ''].join('\n');

async function newCase(page: Page, title: string) {
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill(title);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText(title);
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name) });

test('two files: detected formats and previews, progress with Cancel, then the result', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await newCase(page, 'Import dialog');

  await page.getByTestId('import-input').setInputFiles([ETL_JSON, TAGPACK]);
  const dialog = page.getByTestId('import-dialog');
  const etl = dialog.getByRole('region', { name: 'expected_transactions.json' });
  const pack = dialog.getByRole('region', { name: 'lazarus.yaml' });
  await expect(etl.getByTestId('detected-format')).toHaveText('bitcoin-etl-jsonl');
  await expect(pack.getByTestId('detected-format')).toHaveText('graphsense-tagpack');
  await expect(etl.getByTestId('import-preview')).toContainText('e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58');
  await expect(pack.getByTestId('import-preview')).toContainText('Lazarus group');
  // A TagPack names its currency per tag, yet the analyst may still pin a chain; ledger files never ask.
  await expect(pack.getByLabel('Chain of lazarus.yaml')).toBeVisible();
  await expect(etl.getByLabel('Chain of expected_transactions.json')).toHaveCount(0);
  await shot(page, '01-dialog-two-files.png');

  // Hold the import call back a moment so the progress card is seen, as it would be on a large file.
  await page.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"import.run"')) await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await dialog.getByRole('button', { name: 'Import 2 files' }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Cancel import' })).toBeEnabled();
  await shot(page, '02-progress.png');

  const result = page.getByTestId('import-result');
  await expect(result.locator('.import-result-file')).toHaveCount(2);
  await expect(result).toContainText('bitcoin-etl-jsonl');
  await expect(result).toContainText('graphsense-tagpack');
  await expect(progress).toHaveCount(0);
  await shot(page, '03-result.png');
});

test('generic CSV: map the columns, import, see the bad row and export it formula-safe', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await newCase(page, 'CSV mapping');

  await page.getByTestId('import-input').setInputFiles([{ name: 'transfers.csv', mimeType: 'text/csv', buffer: Buffer.from(TRANSFERS_CSV) }]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-preview').locator('th')).toHaveText(['txid', 'from', 'to', 'value']);
  await expect(dialog.getByRole('button', { name: 'Import 1 file' })).toBeDisabled();
  await expect(dialog).toContainText('transfers.csv: format not recognised; choose one, or remove the file.');
  await dialog.getByLabel('Format of transfers.csv').selectOption('generic-csv');
  await expect(dialog).toContainText('transfers.csv: map the CSV columns first.');
  const mapping = dialog.getByTestId('csv-mapping');
  await expect(dialog.getByRole('button', { name: 'Import 1 file' })).toBeDisabled();
  // Columns named like the fields are mapped already; the rest is the analyst's call.
  await expect(mapping.getByLabel('Column for value')).toHaveValue('value');
  await mapping.getByLabel('Chain').selectOption('ETH');
  await mapping.getByLabel('Decimals').fill('18');
  await mapping.getByLabel('Column for txid').selectOption('');
  await mapping.getByRole('button', { name: 'Confirm mapping' }).click();
  await expect(mapping.getByRole('alert')).toHaveText('txid: choose a column');
  await mapping.getByLabel('Column for txid').selectOption('txid');
  await mapping.getByRole('button', { name: 'Confirm mapping' }).click();
  await expect(mapping).toContainText('Mapping confirmed');
  await shot(page, '04-csv-mapping.png');
  await dialog.getByRole('button', { name: 'Import 1 file' }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('1 rejected');
  const rejected = result.getByTestId('rejected-rows');
  await expect(rejected.locator('tbody tr')).toHaveCount(1);
  await expect(rejected.locator('tbody tr').first()).toContainText('transfers.csv');
  await expect(rejected.locator('tbody tr').first()).toContainText('line 3');
  await expect(rejected.locator('tbody tr').first()).toContainText('value');
  await shot(page, '05-rejected.png');

  const downloading = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('transfers.csv.rejected.csv');
  const rows = parse(fs.readFileSync(await download.path(), 'utf8')) as string[][];
  expect(rows[0]).toEqual(['file', 'line', 'byte_offset', 'field', 'reason']);
  expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([['transfers.csv', '3', '', 'value']]);
  expect(rows[1]![4]).not.toMatch(/^[=+\-@]/);
});

test('paste addresses: the invalid one is flagged before sending, the others are tagged', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await newCase(page, 'Paste');
  await page.getByTestId('import-input').setInputFiles([TAGPACK]);
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'Paste addresses…' }).click();

  const paste = page.getByTestId('paste-addresses');
  await paste.getByLabel('Label').fill('Suspect wallets');
  await paste.getByLabel('Category').fill('perpetrator');
  await paste.getByLabel(/^Addresses/).fill('134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak\n15YK647qtoZQDzNrvY6HJL6QwXduLHfT29\n1PfwHNxUnkpfkK9MKjMqzR3Xq3KCtq9u17');
  await expect(paste.getByTestId('paste-summary')).toHaveText('3 addresses, 1 with problems');
  const problems = paste.getByTestId('paste-problems').locator('li');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('line 2');
  await expect(problems.first()).toContainText('15YK647qtoZQDzNrvY6HJL6QwXduLHfT29');
  await shot(page, '06-paste.png');
  await paste.getByLabel('Refuse the whole list if any address is invalid').check();
  await expect(paste.getByRole('button', { name: 'Fix the flagged addresses first' })).toBeDisabled();
  await paste.getByLabel('Refuse the whole list if any address is invalid').uncheck();

  await paste.getByRole('button', { name: 'Tag 2 addresses' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('pasted-addresses');
  await expect(result).toContainText('1 rejected');
  await expect(result.getByTestId('rejected-rows').locator('tbody tr')).toHaveCount(1);
});

test('a large drop details the first 25 files and imports all of them', async ({ page, host }) => {
  await page.goto(host.url);
  await newCase(page, 'Many files');
  const pack = fs.readFileSync(TAGPACK);
  const files = Array.from({ length: 27 }, (_, i) => ({ name: `pack-${i}.yaml`, mimeType: 'application/yaml', buffer: pack }));
  await page.getByTestId('import-input').setInputFiles(files);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-file')).toHaveCount(25);
  await expect(dialog.getByTestId('import-more-files')).toContainText('and 2 more files');
  await dialog.getByRole('button', { name: 'Import 27 files' }).click();
  await expect(page.getByTestId('import-result').locator('.import-result-file')).toHaveCount(27, { timeout: 30_000 });
});
