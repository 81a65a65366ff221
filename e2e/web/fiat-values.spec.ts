import { expect, test } from '../support/fixtures';
import { openDemo, selectNode, SHOTS } from './panels-support';

type Cy = { __assayCy: { nodes(): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] } } };

test.describe.configure({ timeout: 180_000 });

// Daily BTC/USD for the demo's week, with 2023-06-09 missing: that day's transactions get no value.
const PRICES = ['date,asset,currency,price', '2023-06-06,BTC,USD,25700', '2023-06-07,BTC,USD,26300', '2023-06-08,BTC,USD,26500',
  '2023-06-10,BTC,USD,25850', '2023-06-11,BTC,USD,25900', '2023-06-12,BTC,USD,25920.5', ''].join('\n');
const MISSING_DAY = Date.parse('2023-06-09T00:00:00Z') / 1000;

test('import a price series; the inspector shows values at transaction time, nothing on a day without a price', async ({ page, host }) => {
  await openDemo(page, host.url);
  await page.getByTestId('import-input').setInputFiles([{ name: 'btc-usd.csv', mimeType: 'text/csv', buffer: Buffer.from(PRICES) }]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('detected-format')).toHaveText('price-csv');
  await dialog.getByRole('button', { name: 'Import 1 file' }).click();
  await expect(page.getByTestId('import-result')).toContainText('price-csv');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const txs = await page.evaluate(() =>
    (window as unknown as Cy).__assayCy.nodes().map((n) => ({ id: n.id(), time: Number(n.data('time')) })).filter((n) => n.id.startsWith('tx:')),
  );
  const priced = txs.find((n) => n.time >= MISSING_DAY + 86_400);
  const unpriced = txs.find((n) => n.time >= MISSING_DAY && n.time < MISSING_DAY + 86_400);
  expect(priced && unpriced).toBeTruthy();

  await selectNode(page, priced!.id);
  const inspector = page.getByTestId('inspector-tx');
  await expect(inspector.getByTestId('fiat-value').first()).toHaveText(/^ · [\d,]+\.\d\d USD$/);
  await expect(inspector.getByTestId('tx-outputs').getByRole('columnheader', { name: 'Value (USD)' })).toHaveCount(1);
  await expect(inspector).toContainText('USD/BTC at 2023-06-1');
  await page.screenshot({ path: `${SHOTS}/fiat-tx.png` });

  await selectNode(page, unpriced!.id);
  await expect(page.getByTestId('inspector-tx')).toBeVisible();
  await expect(page.getByTestId('inspector-tx').getByTestId('fiat-value')).toHaveCount(0);
  await expect(page.getByTestId('inspector-tx').getByRole('columnheader', { name: 'Value (USD)' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Tables', exact: true }).click();
  await expect(page.getByTestId('tables-drawer').getByText('Output value (USD)')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/fiat-tables.png` });
});
