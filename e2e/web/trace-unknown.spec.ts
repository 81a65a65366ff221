import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';
import { panelTab } from './panels-support';

const BLOCK_50001 = path.resolve(
  ROOT,
  '../shared/data/bitcoin-etl-fixtures/bitcoin/block_with_transactions/rpc_response_getblock_000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141_2.json',
);
// Block 50001's 100 BTC spend of two coinbase outputs that are not in the case (getblock 2 carries no prevouts).
const SPEND = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';
const SHOTS = '/tmp/shots-trace-unknown';

test('a backward trace on a real block shows the value beyond the case as unknown, and where the data ends', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('Block 50001');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByTestId('import-input').setInputFiles([BLOCK_50001]);
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 file' }).click();
  await expect(page.getByTestId('import-result')).toContainText('bitcoin-core-json');
  await page.keyboard.press('Escape');

  await panelTab(page, 'Trace');
  const panel = page.getByTestId('trace-panel');
  await panel.locator('textarea[name="seeds"]').fill(`${SPEND}:0`);
  await panel.locator('select[name="direction"]').selectOption('backward');
  await panel.getByTestId('run-trace').click();
  const shares = panel.getByTestId('trace-shares');
  await expect(shares).toBeVisible({ timeout: 30_000 });
  await expect(shares.getByRole('columnheader', { name: 'Unknown' })).toHaveCount(1);
  // Every model: nothing traced inside the case, all 100 BTC beyond its data.
  for (const row of await shares.locator('tbody tr').all()) await expect(row.locator('td').nth(2)).toContainText('100');
  await expect(panel.getByTestId('trace-data-ends')).toContainText("The case's data ends at 2 inputs spending outputs not in the case");
  await panel.getByTestId('trace-shares').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/trace-unknown.png` });
});

test('the inspector of a real Ethereum transaction lists its transfer and fee', async ({ page, host }) => {
  const txs = path.resolve(ROOT, '../shared/data/ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
  const first = JSON.parse(fs.readFileSync(txs, 'utf8').split('\n')[0]!.replace(/"value": (\d+)/, '"value": "$1"')) as { hash: string; from_address: string };
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('Ethereum 17173049');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByTestId('import-input').setInputFiles([txs]);
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 file' }).click();
  await expect(page.getByTestId('import-result')).toContainText('ethereum-etl');
  await page.keyboard.press('Escape');
  const search = page.getByRole('searchbox', { name: 'Find a transaction or address' });
  await search.fill(first.hash.slice(2, 14));
  await search.press('Enter');
  const transfers = page.getByTestId('tx-transfers');
  await expect(transfers).toBeVisible({ timeout: 30_000 });
  await expect(transfers).toContainText(first.from_address.slice(2, 6));
  await expect(page.getByText('Fee', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/eth-transfer.png` });
});
