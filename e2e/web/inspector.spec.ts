import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { BUSY_ADDRESS, busyTxid, writeBusyAddress } from '../../electron/core/ledger/testing/busy-address';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';
import { openDemo, panelTab, selectNode, toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-inspector';
// Two cores shared with other jobs: the demo graph and the analysis can take a while under load.
test.describe.configure({ timeout: 180_000 });
fs.mkdirSync(SHOTS, { recursive: true });

/** Selects the best hit of the toolbar search, as an analyst typing a label or an address would. */
async function find(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Find a transaction or address' });
  await box.fill(text);
  await box.press('Enter');
}

/** The inspector panel's scroller, captured alone so the screenshot shows every section at full height. */
async function shootInspector(page: Page, name: string): Promise<void> {
  const body = page.locator('.inspector-body');
  await body.evaluate((el) => el.closest('.panel-content')?.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test('inspector: cluster with its evidence and why, annotations, lineage, findings and taint per model on the demo case', async ({ page, host }) => {
  await openDemo(page, host.url);
  await find(page, 'Phishing collection');
  const inspector = page.getByTestId('inspector-address');
  await expect(inspector).toBeVisible();
  await expect(inspector.getByTestId('cluster-not-run')).toContainText('Not clustered yet — run analysis');
  await expect(inspector.getByTestId('taint-none')).toContainText('No trace in this session');
  // Each tag names the file it came from and its confidence.
  await expect(inspector.getByTestId('inspector-tags')).toContainText(/Phishing collection address.*from demo-generator.*confidence/);
  await shootInspector(page, 'address-before-analysis');

  // Run analysis from the inspector itself; the cluster of the consolidated collectors appears with its evidence.
  await inspector.getByTestId('run-analysis').click();
  const cluster = inspector.getByTestId('cluster');
  await expect(cluster).toBeVisible({ timeout: 60_000 });
  await expect(inspector.getByTestId('cluster-label')).toContainText('Phishing collection address');
  const members = inspector.getByTestId('cluster-members').locator('li');
  // The three collection addresses the consolidation spent together, the selected one marked.
  await expect(members).toHaveCount(3);
  await expect(members.first()).toContainText('this address');
  await expect(inspector.getByTestId('cluster-evidence').locator('tbody tr').first()).toContainText('C1');
  await members.nth(1).getByRole('button', { name: 'why together?' }).click();
  const why = inspector.getByTestId('cluster-why');
  await expect(why).toContainText('shared input');
  await expect(why.locator('li').first()).toContainText(/C1 · confidence \d+/);
  await shootInspector(page, 'address-cluster-why');

  // The same cluster drawn as a box on the graph: selecting the box inspects the cluster itself.
  await page.getByRole('button', { name: 'Clusters', exact: true }).click();
  const boxes = () =>
    page.evaluate(() =>
      (window as unknown as { __assayCy: { nodes(s: string): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] } } }).__assayCy
        .nodes('.cluster')
        .map((n) => ({ id: n.id(), label: String(n.data('label')) })),
    );
  await expect.poll(async () => (await boxes()).length).toBeGreaterThan(0);
  const collectors = (await boxes()).find((b) => b.label.startsWith('Phishing collection'));
  expect(collectors, 'a cluster box for the collectors').toBeTruthy();
  await selectNode(page, collectors!.id);
  const clusterInspector = page.getByTestId('inspector-cluster');
  await expect(clusterInspector.getByTestId('cluster-label')).toContainText('Phishing collection address');
  await clusterInspector.getByTestId('cluster-members').getByRole('button', { name: 'why together?' }).first().click();
  await expect(clusterInspector.getByTestId('cluster-why')).toContainText('shared input');
  await page.screenshot({ path: `${SHOTS}/cluster-box.png` });

  // A NiceHash deposit: its rental annotation (read from the Notes data) links off-chain to the payout wallet.
  await find(page, 'NiceHash deposit');
  await expect(inspector.getByTestId('inspector-annotations').locator('li[data-kind="hash_rental_deposit"]').first()).toContainText('NiceHash subpoena return');
  await expect(inspector.getByTestId('inspector-findings')).toContainText(/hash-rental|Hash-rental|deposit/i);
  await shootInspector(page, 'deposit-annotations-findings');
  await inspector.getByTestId('inspector-offchain-link').first().click();

  // The payout wallet: ViaBTC lineage, the pool payouts it received, the co-spend findings, its cluster with the peel chain.
  await expect(inspector.getByTestId('lineage')).toContainText('ViaBTC');
  expect(await inspector.getByTestId('payouts').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
  await expect(inspector.getByTestId('inspector-findings').locator('li').first()).toBeVisible();
  await expect(cluster).toContainText('addresses');
  // The rental orders' subpoena returns link three deposits to it off-chain (read with the Notes tab's own component).
  await expect(inspector.getByTestId('incoming-links').locator('li')).toHaveCount(3);
  const payoutWallet = await inspector.locator('.inspector-id .mono').first().innerText();
  await shootInspector(page, 'payout-wallet');
  // A finding named here highlights what it is about on the graph, without leaving the inspector.
  await inspector.getByTestId('inspector-findings').locator('li').first().getByRole('button', { name: 'show' }).click();
  await expect(page.getByTestId('graph-focus')).toContainText(/Highlighting finding \d+/);
  await expect(inspector).toBeVisible();

  // A pool payout transaction it received: the payout detection and the lineage of each output.
  await inspector.getByTestId('payouts').locator('tbody tr').first().getByRole('button').click();
  const tx = page.getByTestId('inspector-tx');
  await expect(tx.getByTestId('payouts')).toContainText('ViaBTC');
  await expect(tx.getByTestId('lineage')).toContainText('ViaBTC');
  await shootInspector(page, 'payout-tx');

  // A pool's published payout address: the pool lists that name it (M1 reference data).
  await find(page, 'F2Pool coinbase payout');
  await expect(inspector.getByTestId('address-pools')).toContainText('F2Pool');
  await shootInspector(page, 'pool-payout-address');

  // Trace forward from the payout wallet: the exchange deposit it reached shows its taint under every model.
  await panelTab(page, 'Trace');
  await page.getByTestId('trace-form').locator('textarea[name="seeds"]').fill(payoutWallet);
  await page.getByTestId('run-trace').click();
  await expect(page.getByTestId('trace-results')).toBeVisible({ timeout: 60_000 });
  await find(page, 'CoinVault deposit');
  await panelTab(page, 'Inspector');
  const taint = inspector.getByTestId('inspector-taint');
  await expect(taint).toContainText('poison');
  await expect(taint).toContainText('haircut');
  await toggleTheme(page);
  await shootInspector(page, 'exchange-taint-light');
  await taint.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/exchange-taint-light-table.png` });
});

test('inspector: an address with 50,000 transactions scrolls through them in a virtualized table', async ({ page, host }) => {
  fs.mkdirSync(host.workspaceDir, { recursive: true });
  const location = path.join(host.workspaceDir, 'busy.assay');
  // The real CLI makes the case (schema and audit chain); the busy address goes straight into its ledger tables.
  execFileSync(process.execPath, [path.join(ROOT, 'dist/cli/assay.cjs'), 'init', location, '--title', 'Busy address']);
  const db = new Database(location);
  writeBusyAddress(db, 50_000);
  db.close();
  await page.goto(host.url);
  await page.getByRole('button', { name: /busy\.assay/ }).click();
  await expect(page.getByTestId('graph-toolbar')).toBeVisible({ timeout: 30_000 });
  await find(page, BUSY_ADDRESS);
  const inspector = page.getByTestId('inspector-address');
  const table = inspector.getByTestId('address-transactions');
  await expect(table).toHaveAttribute('aria-rowcount', '50000');
  await expect(table.getByTestId('address-tx-row').first()).toContainText(busyTxid(49_999).slice(0, 10));
  // Only the rows on screen (plus overscan) exist in the page.
  expect(await table.getByTestId('address-tx-row').count()).toBeLessThan(60);
  await shootInspector(page, 'busy-address-top');

  // Jump to the end: the oldest transactions load from the engine page by page.
  const scroller = table.locator('.itx-scroll');
  const started = Date.now();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.locator('[data-index="49999"]')).toContainText(busyTxid(0).slice(-6));
  expect(Date.now() - started).toBeLessThan(5_000);
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(table.locator('[data-index="25000"]')).toContainText(/[0-9a-f]{6}/);
  expect(await table.getByTestId('address-tx-row').count()).toBeLessThan(60);
  await table.locator('.itx-scroll').screenshot({ path: `${SHOTS}/busy-address-middle.png` });
});
