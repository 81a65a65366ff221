import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { ROOT } from '../support/host';
import { openDemo, selectedIds } from './graph-support';
import { toggleTheme } from './panels-support';

const PACKS = ['lazarus.yaml', 'lazarus2.yaml'].map((f) => path.resolve(ROOT, '../shared/data/graphsense-tagpacks/packs', f));
const SHOTS = '/tmp/shots-search';

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 20_000 });

/** How far the node is from the middle of the canvas's open part (between the toolbar and the bottom panels), in screen pixels. */
const offCentre = (page: Page, id: string): Promise<number> =>
  page.evaluate((i) => {
    const cy = window.__assayCy;
    const p = cy.getElementById(i).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    const { top, bottom } = (cy as unknown as { scratch(k: string): { insets: { top: number; bottom: number } } }).scratch('coveredArea').insets;
    return Math.hypot(p.x - box.width / 2, p.y - (top + (box.height - top - bottom) / 2));
  }, id);

/** The one selected node, once selection settles. */
async function selectedOne(page: Page): Promise<string> {
  await expect.poll(async () => (await selectedIds(page)).length).toBe(1);
  return (await selectedIds(page))[0]!;
}

test('search: suggestions with their kind, keyboard picks, 27 Lazarus matches counted; many matches step with Enter / Shift+Enter, each centred', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await openDemo(page, host.url);
  await page.getByTestId('import-input').setInputFiles(PACKS);
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Import 2 files' }).click();
  await expect(page.getByTestId('import-result').locator('.import-result-file')).toHaveCount(2);
  await page.getByRole('button', { name: 'Close dialog' }).click();

  const search = page.getByRole('searchbox', { name: 'Find a transaction or address' });
  const suggestions = page.getByTestId('search-suggestions');
  await test.step('typing suggests labels, actors and addresses with their kind', async () => {
    await search.pressSequentially('Lazar', { delay: 30 });
    await expect(suggestions.getByRole('option')).toHaveCount(8);
    await expect(suggestions.getByRole('option').first()).toContainText(/^Label.*Lazarus group · /);
    await expect(suggestions).toContainText('27 matches');
    await page.screenshot({ path: `${SHOTS}/suggestions-dark.png` });
    await search.fill('lazarusgroup');
    await expect(suggestions.getByRole('option').first()).toContainText(/^Actor/);
    await search.fill('bc1q');
    await expect(suggestions.getByRole('option').first()).toContainText(/^Address\s*bc1q/);
  });

  await test.step('arrow keys move through the suggestions; Enter opens the highlighted one', async () => {
    await search.fill('Lazarus');
    await expect(suggestions.getByRole('option').filter({ hasText: 'Lazarus group' })).toHaveCount(8);
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    const third = suggestions.getByRole('option').nth(1);
    await expect(third).toHaveAttribute('aria-selected', 'true');
    const address = (await third.locator('.search-label').textContent())!.split(' · ').at(-1)!;
    await search.press('Enter');
    await expect(suggestions).toHaveCount(0);
    await expect(page.getByTestId('search-position')).toHaveText('2 of 27');
    // Known from the TagPack alone, the address has no node to pan to: the inspector shows it, and the bar says so.
    await expect(page.getByTestId('inspector-address')).toContainText(address);
    await expect(page.getByTestId('search-steps')).toContainText('inspector only');
    await page.screenshot({ path: `${SHOTS}/steps-off-graph-dark.png` });
  });

  await test.step('Enter on a query matching many opens the first and says "1 of 6"; Enter and Shift+Enter step and pan to each', async () => {
    await search.fill('Phishing victim');
    await search.press('Enter');
    await expect(page.getByTestId('search-position')).toHaveText('1 of 6');
    const first = await selectedOne(page);
    await expect.poll(() => offCentre(page, first)).toBeLessThan(3);
    await page.screenshot({ path: `${SHOTS}/steps-dark.png` });
    const seen = new Set([first]);
    for (let i = 2; i <= 4; i++) {
      await search.press('Enter');
      await expect(page.getByTestId('search-position')).toHaveText(`${i} of 6`);
      await expect.poll(() => selectedOne(page)).not.toBe([...seen].at(-1));
      const id = await selectedOne(page);
      seen.add(id);
      await expect.poll(() => offCentre(page, id)).toBeLessThan(3);
    }
    expect(seen.size).toBe(4);
    await search.press('Shift+Enter');
    await expect(page.getByTestId('search-position')).toHaveText('3 of 6');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(page.getByTestId('search-position')).toHaveText('1 of 6');
    await expect.poll(() => selectedOne(page)).toBe(first);
    await expect.poll(() => offCentre(page, first)).toBeLessThan(3);
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(page.getByTestId('search-position')).toHaveText('6 of 6');
    await toggleTheme(page);
    await page.screenshot({ path: `${SHOTS}/steps-light.png` });
    await search.fill('Laza');
    await expect(suggestions.getByRole('option').filter({ hasText: 'Lazarus group' })).toHaveCount(8);
    await page.screenshot({ path: `${SHOTS}/suggestions-light.png` });
  });
});
