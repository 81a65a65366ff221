import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { overlapsOf, settledCaptions } from './caption-support';
import { openDemo } from './graph-support';

test.describe.configure({ timeout: 300_000 });

const SHOTS = '/tmp/shots-pathview';
const count = (page: Page, selector: string) => page.evaluate((s) => window.__assayCy.elements(s).length, selector);

test("each finding opens to its path view: role lanes, captions without overlaps, saved and reopened as a view, fans unfold", async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openDemo(page, host.url);
  await page.keyboard.press('f');
  const panel = page.getByTestId('findings-panel');
  await panel.getByTestId('run-analysis').click();
  await expect(panel.getByTestId('analysis-status')).toContainText(/\d+ findings/, { timeout: 60_000 });
  const ids = await panel.getByTestId('finding').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-finding-id')!));
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) {
    // Opening a finding shows its first subject in the inspector: back to the findings.
    await page.keyboard.press('f');
    await panel.locator(`[data-finding-id="${id}"]`).getByRole('button', { name: 'Open subgraph' }).click();
    await expect(page.getByTestId('path-banner')).toContainText(`finding ${id}`);
    await expect.poll(() => count(page, 'node.lane-title')).toBeGreaterThanOrEqual(1);
    const geometry = await settledCaptions(page);
    expect(overlapsOf(geometry), `finding ${id}`).toEqual([]);
    expect(geometry.smallestFont).toBeGreaterThanOrEqual(9);
    // Nothing but the path: every ledger node is on it (no remains of the overview).
    const lanes = await page.evaluate(() => window.__assayCy.nodes().filter((n) => !n.hasClass('figure-text')).map((n) => String(n.data('role'))));
    expect(lanes.every((r) => r !== 'undefined')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/finding-${id}-dark.png` });
  }
  await page.getByRole('button', { name: /(Light|Dark) theme/ }).click();
  for (const id of ids) {
    // Opening a finding shows its first subject in the inspector: back to the findings.
    await page.keyboard.press('f');
    await panel.locator(`[data-finding-id="${id}"]`).getByRole('button', { name: 'Open subgraph' }).click();
    await expect(page.getByTestId('path-banner')).toContainText(`finding ${id}`);
    await settledCaptions(page);
    await page.screenshot({ path: `${SHOTS}/finding-${id}-light.png` });
  }

  // The hash-rental path crosses the rental service by dashed off-chain links.
  await page.keyboard.press('f');
  const rental = await panel.getByTestId('finding').filter({ hasText: /rental/i }).first().getAttribute('data-finding-id');
  await panel.locator(`[data-finding-id="${rental}"]`).getByRole('button', { name: 'Open subgraph' }).click();
  await expect(page.getByTestId('path-banner')).toContainText(`finding ${rental}`);
  await expect.poll(() => count(page, 'edge.offchain')).toBeGreaterThan(0);
  const placed = await page.evaluate(() => Object.fromEntries(window.__assayCy.nodes().map((n) => [n.id(), n.position()])));

  // Saved as a view like any other: reopened with its lanes, links and places.
  const tools = page.getByTestId('graph-toolbar');
  await tools.getByRole('button', { name: 'Views…' }).click();
  const menu = page.getByTestId('views-menu');
  await menu.getByLabel('View name').fill('Rental path');
  await menu.getByRole('button', { name: 'Save view' }).click();
  await expect(menu.getByTestId('saved-view')).toContainText('Rental path');
  await page.getByTestId('path-banner').getByRole('button', { name: 'Show full ledger' }).click();
  await expect(page.getByTestId('path-banner')).toHaveCount(0);
  await expect.poll(() => count(page, 'node.lane-title')).toBe(0);
  await tools.getByRole('button', { name: 'Views…' }).click();
  await page.getByTestId('views-menu').getByTestId('saved-view').filter({ hasText: 'Rental path' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('path-banner')).toContainText(`finding ${rental}`);
  await expect.poll(() => count(page, 'edge.offchain')).toBeGreaterThan(0);
  const reopened = await page.evaluate(() => Object.fromEntries(window.__assayCy.nodes().map((n) => [n.id(), n.position()])));
  expect(reopened).toEqual(placed);

  // A fan unfolds on double-click into the members it folded.
  const fans = await count(page, 'node.fan');
  if (fans > 0) {
    const folded = await page.evaluate(() => (window.__assayCy.nodes('.fan')[0]!.data('folds') as string[]).length);
    const before = await count(page, 'node[role]');
    await page.evaluate(() => {
      const cy = window.__assayCy;
      cy.getElementById(cy.nodes('.fan')[0]!.id()).emit('dbltap');
    });
    await expect.poll(() => count(page, 'node[role]')).toBe(before - 1 + folded);
  }
});
