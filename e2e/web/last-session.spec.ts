import fs from 'node:fs';
import { expect, test } from '../support/fixtures';
import { dragAnAddress, openDemo, positionOf, positions } from './graph-support';
import { toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-last-session';

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 20_000 });

test('reopening a case restores the layout it was closed with (kept as the "Last session" view, left out of exports)', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await openDemo(page, host.url);
  // The opening picture (the overview, or the findings' paths once analysed) settles before the edit.
  await expect.poll(() => page.evaluate(() => window.__assayCy.nodes().length), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  const moved = await dragAnAddress(page, 60, 40);
  // Where every node is as the case closes (an opening layout may still be settling under load).
  const place = await positionOf(page, moved);
  const all = await positions(page);

  await page.getByRole('button', { name: 'Close case' }).click();
  await page.getByTestId('recent-cases').getByRole('button', { name: /^Demo: mining-based laundering/ }).click();
  await expect(page.getByTestId('graph-message')).toContainText('Reopened as you left it');
  await expect.poll(() => positionOf(page, moved), { timeout: 20_000 }).toEqual(place);
  expect(await positions(page)).toEqual(all);

  await page.getByTestId('graph-toolbar').getByRole('button', { name: 'Views…' }).click();
  const menu = page.getByTestId('views-menu');
  await expect(menu.getByTestId('last-session-view')).toContainText('Last session');
  // It is Assay's own view, not one of the examiner's named ones.
  await expect(menu.getByTestId('saved-view')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/reopened-dark.png` });
  const stamp = await menu.getByTestId('last-session-view').textContent();
  await page.keyboard.press('Escape');
  await toggleTheme(page);
  await page.getByTestId('graph-toolbar').getByRole('button', { name: 'Views…' }).click();
  await menu.screenshot({ path: `${SHOTS}/views-menu-light.png` });
  await page.keyboard.press('Escape');

  // A reopen with no edit saves nothing new: the view keeps its time.
  await page.getByRole('button', { name: 'Close case' }).click();
  await page.getByTestId('recent-cases').getByRole('button', { name: /^Demo: mining-based laundering/ }).click();
  await expect(page.getByTestId('graph-message')).toContainText('Reopened as you left it');
  await page.getByTestId('graph-toolbar').getByRole('button', { name: 'Views…' }).click();
  await expect(page.getByTestId('views-menu').getByTestId('last-session-view')).toHaveText(stamp!);
});
