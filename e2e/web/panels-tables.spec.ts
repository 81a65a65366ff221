import fs from 'node:fs';
import { expect, test } from '../support/fixtures';
import { openDemo, SHOTS, toggleTheme } from './panels-support';

// Two cores shared with other jobs: the demo graph can take a while to lay out under load.
test.describe.configure({ timeout: 180_000 });

test('tables drawer: sort, filter, page through transactions and addresses, export CSV; shortcut help', async ({ page, host }) => {
  await openDemo(page, host.url);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcut-help')).toContainText('Trace panel');
  await page.screenshot({ path: `${SHOTS}/shortcut-help.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toHaveCount(0);

  await page.getByTestId('open-tables').click();
  const drawer = page.getByTestId('tables-drawer');
  const total = drawer.getByTestId('table-total');
  await expect(total).toHaveText(/^\d+ rows$/);
  const all = Number((await total.textContent())?.split(' ')[0]);
  expect(all).toBeGreaterThan(50);
  // Virtualized: far fewer row elements than rows.
  expect(await drawer.getByTestId('table-row').count()).toBeLessThan(all);

  const height = drawer.getByRole('button', { name: /^Height/ });
  await height.click();
  await height.click();
  await expect(height).toHaveAttribute('aria-sort', 'descending');
  const heights = async () => (await drawer.getByTestId('table-row').evaluateAll((rows) => rows.slice(0, 5).map((r) => Number(r.children[2]?.textContent))));
  await expect.poll(async () => { const h = await heights(); return h.every((v, i) => i === 0 || v <= (h[i - 1] ?? v)); }).toBe(true);
  await page.screenshot({ path: `${SHOTS}/tables-transactions-dark.png` });

  await drawer.getByRole('tab', { name: 'Addresses' }).click();
  await drawer.getByLabel('Filter Category').fill('hash_rental');
  await expect(total).toHaveText(/^[1-9] rows$/);
  const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/^addresses-\d{8}-\d{6}\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('chain,address,label,category,script_type,first_seen,last_seen');
  expect(lines.length - 1).toBe(Number((await total.textContent())?.split(' ')[0]));
  expect(lines.slice(1).every((l) => l.includes('hash_rental_marketplace'))).toBe(true);
  await toggleTheme(page);
  await page.screenshot({ path: `${SHOTS}/tables-addresses-light.png` });

  // The graph's time filter narrows the tables too: only the last moment of the case leaves fewer transactions.
  await drawer.getByRole('tab', { name: 'Transactions' }).click();
  await expect(total).toHaveText(`${all} rows`);
  const from = page.getByTestId('time-from');
  await from.fill(String(await from.getAttribute('max')));
  await expect(drawer.getByTestId('table-time-window')).toBeVisible();
  await expect.poll(async () => Number((await total.textContent())?.split(' ')[0])).toBeLessThan(all);
  await page.screenshot({ path: `${SHOTS}/tables-time-window.png` });
  // Clearing it from the table clears the graph's filter too.
  await drawer.getByRole('button', { name: 'Clear the time filter' }).click();
  await expect(total).toHaveText(`${all} rows`);
  await expect(drawer.getByTestId('table-time-window')).toHaveCount(0);
  await expect(page.getByTestId('time-filter').getByRole('button', { name: 'Reset' })).toHaveCount(0);

  await drawer.getByRole('tab', { name: 'Sources' }).click();
  await expect(total).toHaveText(/^[1-9]\d* rows$/);
  await drawer.getByRole('tab', { name: 'Audit log' }).click();
  await expect(drawer.getByTestId('table-row').first()).toContainText(/(case|import)\.[a-z]+/);
  await page.screenshot({ path: `${SHOTS}/tables-audit-light.png` });
  await page.keyboard.press('b');
  await expect(drawer).toHaveCount(0);
});
