import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { textContrast } from './contrast';
import { hiddenCaptions, overlap, overlapsOf, settledCaptions } from './caption-support';
import { openDemo, selectedIds, tap } from './graph-support';

const SHOTS = '/tmp/shots-legibility';

test.describe.configure({ timeout: 180_000 });

type StyledCy = { nodes(): { map<T>(f: (n: { id(): string; style(k: string): unknown }) => T): T[] } };
const LOOK = ['background-color', 'border-color', 'border-width', 'border-style', 'shape', 'width', 'height', 'underlay-opacity'];
/** Every node's look (fill, border, shape, size, halo) as the canvas computes it. */
const looks = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(
    (keys) => Object.fromEntries((window as unknown as { __assayCy: StyledCy }).__assayCy.nodes().map((n) => [n.id(), keys.map((k) => String(n.style(k)))])),
    LOOK,
  );

test('a trace highlight fades the rest and never recolours or reshapes a node, nor leaves anything behind when cleared', async ({ page, host }) => {
  await openDemo(page, host.url);
  const seed = await page.evaluate(() => window.__assayCy.nodes().filter((n) => n.hasClass('address') && n.data('legend') === 'victim')[0]?.id());
  expect(seed).toBeTruthy();
  await tap(page, seed!);
  // The app selects the tapped node in an effect: the look before must include the selection.
  await expect.poll(() => selectedIds(page)).toEqual([seed]);
  const before = await looks(page);
  await page.keyboard.press('t');
  const panel = page.getByTestId('trace-panel');
  await panel.getByTestId('run-trace').click();
  await expect(panel.getByTestId('trace-compare')).toBeVisible({ timeout: 30_000 });
  await panel.getByTestId('trace-highlight').click();
  await expect(page.getByTestId('graph-focus')).toContainText('trace');
  await expect.poll(() => page.evaluate(() => window.__assayCy.elements('.faded').length)).toBeGreaterThan(0);
  const during = await looks(page);
  for (const [id, look] of Object.entries(before)) expect(during[id], id).toEqual(look);
  await page.getByTestId('graph-focus').getByRole('button', { name: 'Clear' }).click();
  await expect.poll(() => page.evaluate(() => window.__assayCy.elements('.faded, .focus').length)).toBe(0);
  const after = await looks(page);
  for (const [id, look] of Object.entries(before)) expect(after[id], id).toEqual(look);
});

test("the demo's off-chain links are drawn dashed, on the canvas and in a reopened view", async ({ page, host }) => {
  await openDemo(page, host.url);
  const dashed = () =>
    page.evaluate(() =>
      (window as unknown as { __assayCy: { edges(s: string): { map<T>(f: (e: { style(k: string): unknown; visible(): boolean }) => T): T[] } } }).__assayCy
        .edges('.offchain')
        .map((e) => `${String(e.style('line-style'))}:${e.visible()}`),
    );
  // The demo's rental orders (one link per deposit address to the payout wallet).
  await expect.poll(async () => (await dashed()).length).toBeGreaterThanOrEqual(3);
  const links = await dashed();
  expect(new Set(links)).toEqual(new Set(['dashed:true']));
  const tools = page.getByTestId('graph-toolbar');
  await tools.getByRole('button', { name: 'Views…' }).click();
  const menu = page.getByTestId('views-menu');
  await menu.getByLabel('View name').fill('With links');
  await menu.getByRole('button', { name: 'Save view' }).click();
  await expect(menu.getByTestId('saved-view')).toContainText('With links');
  await page.reload();
  await expect(page.getByTestId('graph-toolbar')).toBeVisible({ timeout: 30_000 });
  await tools.getByRole('button', { name: 'Views…' }).click();
  await page.getByTestId('views-menu').getByTestId('saved-view').filter({ hasText: 'With links' }).getByRole('button', { name: 'Open' }).click();
  await expect.poll(dashed).toEqual(links);
});

test('captions name entities, never overlap each other or cross a node, at fit zoom and at 2x, in both themes', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openDemo(page, host.url);
  for (const theme of ['dark', 'light']) {
    await page.getByTestId('graph-toolbar').waitFor();
    // Unavailable buttons stay readable, and the inspector's legend shows every swatch, in both themes.
    expect(await textContrast(page.getByTestId('graph-toolbar').getByRole('button', { name: 'Path', exact: true }))).toBeGreaterThanOrEqual(4.5);
    const swatches = page.locator('.inspector-empty .legend-swatch');
    await expect(swatches).toHaveCount(4);
    for (const swatch of await swatches.all()) {
      expect(await swatch.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    }
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const fit = await settledCaptions(page);
    expect(fit.captions.length).toBeGreaterThan(10);
    expect(overlapsOf(fit)).toEqual([]);
    expect(hiddenCaptions(fit)).toEqual([]);
    // The fit keeps every node clear of the toolbar band and the bottom panels.
    expect(fit.bodies.filter((b) => fit.covered.some((o) => overlap(b.box, o))).map((b) => b.id)).toEqual([]);
    expect(fit.smallestFont).toBeGreaterThanOrEqual(9);
    // Every tagged entity on screen is named without hovering.
    expect(fit.taggedCaptioned).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/captions-fit-${theme}.png` });
    await page.evaluate(() => {
      const cy = (window as unknown as { __assayCy: { zoom(o?: object): number; width(): number; height(): number } }).__assayCy;
      cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const zoomed = await settledCaptions(page);
    expect(overlapsOf(zoomed)).toEqual([]);
    expect(hiddenCaptions(zoomed)).toEqual([]);
    expect(zoomed.smallestFont).toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: `${SHOTS}/captions-2x-${theme}.png` });
    if (theme === 'dark') await page.getByRole('button', { name: /(Light|Dark) theme/ }).click();
  }
});
