import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';

const BLOCK_50002 = path.resolve(
  ROOT,
  '../shared/data/bitcoin-etl-fixtures/bitcoin/block_with_transactions/rpc_response_getblock_000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266_2.json',
);

test('a file dropped on the window is uploaded and imported; a broken file shows a readable error', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('Drop test');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('Drop test');

  const drop = async (name: string, text: string) => {
    const transfer = await page.evaluateHandle(
      ({ fileName, content }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], fileName, { type: 'application/json' }));
        return dt;
      },
      { fileName: name, content: text },
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop to import')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  };

  const importButton = page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 file' });
  await drop('block-50002.json', fs.readFileSync(BLOCK_50002, 'utf8'));
  await importButton.click();
  await expect(page.getByTestId('import-result')).toContainText('block-50002.json');
  await page.getByRole('button', { name: 'Close dialog' }).click();
  await expect(page.getByTestId('case-counts')).toContainText('1 tx');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByTestId('sources')).toContainText('block-50002.json');

  // Markup in a file name stays text: no element is created from it.
  await drop('<img src=x onerror=alert(1)>.json', '{"not": "a block"');
  // Nothing recognises it: the dialog says so, and forcing a format gets the engine's located error.
  await expect(page.getByTestId('import-dialog')).toContainText('<img src=x onerror=alert(1)>.json: format not recognised; choose one, or remove the file.');
  await page.getByLabel('Format of <img src=x onerror=alert(1)>.json').selectOption('bitcoin-core-json');
  await importButton.click();
  const alert = page.getByTestId('status-bar').getByRole('alert');
  await expect(alert).toContainText('IMPORT_REJECTED');
  await expect(alert).toContainText('<img src=x onerror=alert(1)>.json');
  expect(await page.locator('img').count()).toBe(0);
});

test('the demo case opens from the start screen with coinbase transactions on the graph', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Open demo case/ }).click();
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', /^[1-9]\d*$/, { timeout: 30_000 });
  const coinbases = await page.evaluate(() => (window as unknown as { __assayCy: { nodes(s: string): { length: number } } }).__assayCy.nodes('.coinbase').length);
  expect(coinbases).toBeGreaterThan(0);
});
