import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';

const DATA = path.resolve(ROOT, '../shared/data');
const POOLS = path.join(DATA, 'mempool-mining-pools/pools.json');
const ACTORS = path.join(DATA, 'graphsense-tagpacks/actors/graphsense.actorpack.yaml');
const SHOTS = '/tmp/shots-import';
const LABELS = 'address,label,category\nbc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw,Thief wallet,perpetrator\n1BoatSLRHtKNngkdXEeobR76b53LETtpyT,Boat,exchange\n';

test.describe.configure({ timeout: 120_000 });

async function newCase(page: Page, title: string) {
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill(title);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText(title);
}

/** Imports files through the dialog as they are detected and returns the result's "New to case" row by column. */
async function importAndRead(page: Page, files: string[]): Promise<Record<string, string>> {
  await page.getByTestId('import-input').setInputFiles(files);
  await page.getByTestId('import-dialog').getByRole('button', { name: /^Import \d+ files?$/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const table = result.getByTestId('import-result-file').last().locator('table');
  const heads = await table.locator('thead th').allTextContents();
  const added = await table.locator('tbody tr').nth(1).locator('th, td').allTextContents();
  await page.getByRole('button', { name: 'Close dialog' }).click();
  return Object.fromEntries(heads.map((h, i) => [h, added[i] ?? '']).filter(([h]) => h));
}

test('a label CSV without a chain asks for its Chain in the plan; an unrecognised file can be removed from it', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await newCase(page, 'Labels without chain');
  await page.getByTestId('import-input').setInputFiles([
    { name: 'labels.csv', mimeType: 'text/csv', buffer: Buffer.from(LABELS) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('nothing any importer reads\n') },
  ]);
  const dialog = page.getByTestId('import-dialog');
  const labels = dialog.getByRole('region', { name: 'labels.csv' });
  const notes = dialog.getByRole('region', { name: 'notes.txt' });
  await expect(labels.getByTestId('detected-format')).toHaveText('csv-labels');
  await expect(labels.getByTestId('import-file-problem')).toHaveText('labels.csv: the file does not say its chain; choose its Chain.');
  await expect(notes.getByTestId('import-file-problem')).toContainText('format not recognised; choose one, or remove the file');
  const importButton = dialog.getByRole('button', { name: /^Import \d files?$/ });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/10-labels-need-chain.png` });

  await notes.getByRole('button', { name: 'Remove notes.txt from this import' }).click();
  await expect(notes).toHaveCount(0);
  await expect(importButton).toHaveText('Import 1 file');
  await expect(importButton).toBeDisabled();
  await labels.getByLabel('Chain of labels.csv').selectOption('BTC');
  await expect(labels.getByTestId('import-file-problem')).toHaveCount(0);
  await importButton.click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('csv-labels');
  await expect(result).toContainText('all rows accepted');
  await page.screenshot({ path: `${SHOTS}/11-labels-imported.png` });
});

test('pool lists and ActorPacks report what they added; the same pool list again adds nothing', async ({ page, host }) => {
  await page.goto(host.url);
  await newCase(page, 'Pools twice');
  const first = await importAndRead(page, [POOLS]);
  expect(Number(first['Mining pools']!.replace(/,/g, ''))).toBeGreaterThan(50);
  const again = await importAndRead(page, [POOLS]);
  expect(again['Mining pools']).toBe('0');
  const actors = await importAndRead(page, [ACTORS]);
  expect(Number(actors['Actors']!.replace(/,/g, ''))).toBeGreaterThan(1000);
  await page.getByTestId('import-input').setInputFiles([ACTORS]);
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 file' }).click();
  await expect(page.getByTestId('import-result')).toContainText('Actors');
  await page.screenshot({ path: `${SHOTS}/12-actorpack-again.png` });
});

test("the real OFAC TagPack states no confidence: the plan lets the analyst state one, and the tags then import", async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.goto(host.url);
  await newCase(page, 'OFAC without confidence');
  await page.getByTestId('import-input').setInputFiles([path.join(DATA, 'graphsense-tagpacks/packs/ofac.yaml')]);
  const pack = page.getByTestId('import-dialog').getByRole('region', { name: 'ofac.yaml' });
  await expect(pack.getByTestId('detected-format')).toHaveText('graphsense-tagpack');
  await pack.getByLabel('Confidence of ofac.yaml').selectOption('authority_data');
  await page.screenshot({ path: `${SHOTS}/40-tagpack-confidence.png` });
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 1 file' }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const table = result.getByTestId('import-result-file').last().locator('table');
  const heads = await table.locator('thead th').allTextContents();
  const seen = await table.locator('tbody tr').first().locator('th, td').allTextContents();
  expect(seen[heads.indexOf('Tags')]).toBe('546');
});
