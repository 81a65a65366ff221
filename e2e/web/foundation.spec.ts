import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';

const BLOCKS = path.resolve(ROOT, '../shared/data/bitcoin-etl-fixtures/bitcoin/block_with_transactions');
const BLOCK_FILES = [
  'rpc_response_getblock_000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141_2.json',
  'rpc_response_getblock_000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266_2.json',
].map((f) => path.join(BLOCKS, f));
/** Block 50001's transaction paying 1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ (see the dispatcher test). */
const TXID = '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a';
const ADDRESS = '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ';

type CyWindow = { __assayCy?: { nodes(selector?: string): { length: number; map<T>(f: (n: { id(): string }) => T): T[] } } };

const cyNodeIds = (page: Page) =>
  page.evaluate(() => (window as unknown as CyWindow).__assayCy?.nodes().map((n) => n.id()).sort() ?? []);

/** Clicks a node where cytoscape drew it: a real click on the canvas, not a synthetic selection. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { __assayCy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } }).__assayCy;
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('graph canvas not visible');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

test('create a case, import two blocks, inspect a transaction, reopen from Recent', async ({ page, host }) => {
  await page.goto(host.url);

  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill('Block 50001 review');
  await page.getByLabel('Case number').fill('E2E-0001');
  await page.getByLabel('Examiner').fill('Playwright');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('Block 50001 review');
  await expect(page.getByTestId('status-bar')).toContainText('Block 50001 review.assay');

  await page.getByTestId('import-input').setInputFiles(BLOCK_FILES);
  await page.getByTestId('import-dialog').getByRole('button', { name: /^Import \d+ files?$/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  await expect(result).toContainText('bitcoin-core-json');
  await expect(result.locator('.import-result-file')).toHaveCount(2);
  await page.getByRole('button', { name: 'Close dialog' }).click();

  await expect(page.getByTestId('case-counts')).toContainText('4 tx');
  const counts = page.getByTestId('graph-counts');
  await expect(counts).toHaveAttribute('data-nodes', /^[1-9]\d*$/);
  const shownNodes = Number(await counts.getAttribute('data-nodes'));
  const nodeIds = await cyNodeIds(page);
  expect(nodeIds).toHaveLength(shownNodes);
  expect(nodeIds.filter((id) => id.startsWith('tx:BTC:'))).toHaveLength(4);
  expect(nodeIds).toContain(`tx:BTC:${TXID}`);

  await clickNode(page, `tx:BTC:${TXID}`);
  const inspector = page.getByTestId('inspector-tx');
  await expect(inspector).toContainText(TXID);
  await expect(inspector).toContainText('50,001');
  await expect(page.getByTestId('tx-outputs')).toContainText('100.00000000');
  // The output's address links to its own node: the inspector follows, and the graph selects it.
  await page.getByTestId('tx-outputs').getByTitle(ADDRESS).click();
  await expect(page.getByTestId('inspector-address')).toContainText(ADDRESS);
  expect(await page.evaluate(() => (window as unknown as { __assayCy: { $(s: string): { id(): string } } }).__assayCy.$(':selected').id())).toBe(
    `address:BTC:${ADDRESS}`,
  );

  await page.getByRole('button', { name: 'Close case' }).click();
  const recent = page.getByTestId('recent-cases');
  await expect(recent).toContainText('Block 50001 review');
  await recent.getByRole('button', { name: /^Block 50001 review/ }).click();
  await expect(page.getByTestId('case-title')).toHaveText('Block 50001 review');
  await expect(page.getByTestId('graph-counts')).toHaveAttribute('data-nodes', String(shownNodes));
  expect(await cyNodeIds(page)).toEqual(nodeIds);

  // Find by id: the toolbar search selects the transaction; an unknown id says so in words.
  const search = page.getByRole('searchbox', { name: 'Find a transaction or address' });
  await search.fill(TXID);
  await search.press('Enter');
  await expect(page.getByTestId('inspector-tx')).toContainText(TXID);
  await search.fill('1BoatSLRHtKNngkdXEeobR76b53LETtpyT');
  await search.press('Enter');
  await expect(page.getByRole('search').getByRole('alert')).toContainText('NOT_FOUND');
});
