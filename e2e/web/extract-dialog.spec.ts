import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';
import { clickNode } from './graph-support';
import { openDemo, panelTab, toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-extract';
// Two cores shared with other jobs: the demo graph and the DuckDB run can take a while under load.
test.describe.configure({ timeout: 180_000 });

test('extract the neighbourhood of a selected transaction: SQL per dialect to copy, then a local DuckDB run imported with its query', async ({ page, host, context }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  // The demo case's ledger as BigQuery JSON lines, written by the CLI as a user would.
  const exports = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-extract-')), 'demo.jsonl');
  execFileSync(process.execPath, [path.join(ROOT, 'dist/cli/assay.cjs'), 'demo', exports, '--jsonl']);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await openDemo(page, host.url);
  const seed = await page.evaluate(() => window.__assayCy.nodes().map((n) => n.id()).find((id) => id.startsWith('tx:')) as string);
  const txid = seed.split(':')[2] as string;

  await clickNode(page, seed, 'right');
  await page.getByTestId('graph-context-menu').getByRole('menuitem', { name: 'Extract neighbourhood…' }).click();
  const dialog = page.getByTestId('extract-dialog');
  const sql = dialog.getByTestId('extract-sql');
  await expect(dialog.locator('textarea[name="seeds"]')).toHaveValue(txid);
  await expect(sql).toContainText('-- assay extract: the 2-hop neighbourhood');
  await expect(sql).toContainText('`bigquery-public-data.crypto_bitcoin.transactions`');
  await expect(sql).toContainText(`'${txid}'`);

  // Every field reaches the SQL; a bad one is named beside itself and nothing can be copied.
  await dialog.locator('input[name="hops"]').fill('25');
  await expect(dialog.getByTestId('field-error')).toHaveText('Hops: a whole number from 0 to 20.');
  await expect(dialog.getByTestId('extract-copy')).toBeDisabled();
  await dialog.locator('input[name="hops"]').fill('3');
  await dialog.locator('input[name="since"]').fill('2023-06-06');
  await dialog.locator('input[name="maxDegree"]').fill('40');
  await expect(sql).toContainText('-- assay extract: the 3-hop neighbourhood');
  await expect(sql).toContainText(`block_timestamp >= TIMESTAMP_SECONDS(${Date.UTC(2023, 5, 6) / 1000})`);
  await expect(sql).toContainText('input_count + output_count <= 40');
  await dialog.locator('select[name="dialect"]').selectOption('duckdb');
  await expect(sql).toContainText('FROM transactions');
  await expect(sql).not.toContainText('bigquery-public-data');
  await dialog.getByTestId('extract-copy').click();
  await expect(dialog.getByTestId('extract-copy')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sql.textContent());
  await page.screenshot({ path: `${SHOTS}/extract-sql-dark.png` });

  // Run locally over the demo's JSON lines: the rows are the case's own, so the import adds nothing new but records the query.
  await dialog.locator('input[name="since"]').fill('');
  await dialog.locator('input[name="maxDegree"]').fill('');
  await dialog.getByTestId('extract-input').setInputFiles(exports);
  await expect(dialog.getByTestId('extract-files')).toContainText('demo.jsonl');
  await dialog.getByTestId('extract-run').click();
  const outcome = dialog.getByTestId('extract-outcome');
  await expect(outcome).toContainText(/^Extracted [1-9][\d,]* transactions · imported as extract-[0-9a-f]{16}\.jsonl \(0 new to the case\) · query SHA-256 [0-9a-f]{10}…[0-9a-f]{6}$/, { timeout: 60_000 });
  const name = /extract-[0-9a-f]{16}\.jsonl/.exec((await outcome.textContent()) ?? '')?.[0] as string;
  await page.screenshot({ path: `${SHOTS}/extract-run-dark.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The source lists the query's SHA-256 (its first 16 hex digits name the file).
  await panelTab(page, 'Sources');
  const source = page.getByTestId('sources').locator('li', { hasText: name });
  await expect(source.getByTestId('source-query')).toContainText(`from query ${name.slice(8, 20)}`);
  await page.screenshot({ path: `${SHOTS}/extract-source-dark.png` });

  // The toolbar opens the same dialog, in the light theme too.
  await toggleTheme(page);
  await clickNode(page, seed);
  await page.getByTestId('graph-toolbar').getByRole('button', { name: 'Extract…' }).click();
  await expect(sql).toContainText(`'${txid}'`);
  await page.screenshot({ path: `${SHOTS}/extract-sql-light.png` });
});
