import fs from 'node:fs';
import { expect, test } from '../support/fixtures';
import { clickNode, isVisible, nodeIds, openDemo, positionOf, positions, selectedIds, SHOTS, tap, twoHopPair, visibleCount } from './graph-support';

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 20_000 });

test('graph workbench: expand with counts, pin survives force layout, hide/undo/redo, path, search by label, time filter, export, views', async ({ page, host }) => {
  await openDemo(page, host.url);
  await page.screenshot({ path: `${SHOTS}/01-demo.png` });
  const tools = page.getByTestId('graph-toolbar');

  await test.step('remove a transaction, then expand its input address: counts first, then the node is back', async () => {
    const [address, tx] = await twoHopPair(page);
    await clickNode(page, tx, 'right');
    await page.getByTestId('graph-context-menu').getByRole('menuitem', { name: 'Remove from graph' }).click();
    await expect.poll(() => nodeIds(page)).not.toContain(tx);
    const before = await nodeIds(page);
    await tap(page, address);
    await tools.getByRole('button', { name: 'Expand…' }).click();
    const panel = page.getByTestId('expand-panel');
    await expect(panel.getByTestId('expand-total')).toHaveText(/^[1-9][\d,]*\+? new nodes?$/);
    await page.screenshot({ path: `${SHOTS}/02-expand-counts.png` });
    const total = Number((await panel.getByTestId('expand-total').textContent())!.replace(/[^\d]/g, ''));
    const run = panel.getByTestId('expand-run');
    await run.click();
    if (total > 200) await run.click(); // the confirmation step
    await expect(panel).toHaveCount(0, { timeout: 30_000 });
    const after = await nodeIds(page);
    expect(after).toContain(tx);
    expect(after.length - before.length).toBe(total);
    await page.screenshot({ path: `${SHOTS}/03-expanded.png` });
  });

  await test.step('pin, then force layout: the pinned node keeps its exact position', async () => {
    const [address, , other] = await twoHopPair(page);
    await tap(page, address);
    await tools.getByRole('button', { name: 'Pin' }).click();
    await expect(tools.getByRole('button', { name: 'Unpin' })).toBeVisible();
    const pinned = await positionOf(page, address);
    const otherBefore = await positionOf(page, other);
    await tools.getByLabel('Layout').selectOption('force');
    await expect.poll(() => positionOf(page, other), { timeout: 60_000 }).not.toEqual(otherBefore);
    expect(await positionOf(page, address)).toEqual(pinned);
    await page.screenshot({ path: `${SHOTS}/04-force-pinned.png` });
  });

  await test.step('hide, undo, redo', async () => {
    const [, tx] = await twoHopPair(page);
    await tap(page, tx);
    await tools.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => isVisible(page, tx)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/05-hidden.png` });
    await page.locator('body').press('Control+z');
    await expect.poll(() => isVisible(page, tx)).toBe(true);
    await page.locator('body').press('Control+Shift+Z');
    await expect.poll(() => isVisible(page, tx)).toBe(false);
    await tools.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => isVisible(page, tx)).toBe(true);
  });

  await test.step('shortest path between two selected nodes (click, then Shift-click)', async () => {
    const [a, tx, b] = await twoHopPair(page);
    await clickNode(page, a);
    await clickNode(page, b, 'left', ['Shift']);
    await expect.poll(() => selectedIds(page)).toEqual([a, b].sort());
    await tools.getByRole('button', { name: 'Path' }).click();
    const onPath = () => page.evaluate(() => window.__assayCy.nodes('.path').map((n) => n.id()).sort());
    await expect.poll(onPath).toEqual([a, tx, b].sort());
    await page.screenshot({ path: `${SHOTS}/06-path.png` });
  });

  await test.step('search by tag label selects and centres the node', async () => {
    const search = page.getByRole('searchbox', { name: 'Find a transaction or address' });
    await search.fill('fictional SDN');
    await search.press('Enter');
    const selected = () => page.evaluate(() => window.__assayCy.nodes(':selected').map((n) => String(n.data('legend'))));
    await expect.poll(selected).toEqual(['sanctioned']);
    await page.screenshot({ path: `${SHOTS}/07-search-label.png` });
  });

  await test.step('time filter hides nodes outside the window', async () => {
    const shown = await visibleCount(page);
    const from = page.getByTestId('time-from');
    const max = Number(await from.getAttribute('max'));
    await from.fill(String(max));
    await expect.poll(() => visibleCount(page)).toBeLessThan(shown);
    await page.screenshot({ path: `${SHOTS}/08-time-filter.png` });
    await page.getByTestId('time-filter').getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => visibleCount(page)).toBe(shown);
  });

  await test.step('export PNG and SVG', async () => {
    for (const kind of ['PNG', 'SVG']) {
      const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: kind, exact: true }).click()]);
      const file = await download.path();
      const size = fs.statSync(file).size;
      expect(size).toBeGreaterThan(1000);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind.toLowerCase()}$`));
      if (kind === 'SVG') expect(fs.readFileSync(file, 'utf8')).toMatch(/^<svg/);
      else fs.copyFileSync(file, `${SHOTS}/09-export.png`);
    }
  });

  await test.step('group the selected nodes into a named wallet; undo and redo it', async () => {
    const [a, , b] = await twoHopPair(page);
    await clickNode(page, a);
    await clickNode(page, b, 'left', ['Control']);
    await expect.poll(() => selectedIds(page)).toEqual([a, b].sort());
    await tools.getByRole('button', { name: 'Group…' }).click();
    await page.getByTestId('group-panel').getByLabel('Wallet name').fill('Thief wallet <1>');
    await page.getByTestId('group-panel').getByRole('button', { name: 'Group', exact: true }).click();
    const groups = () => page.evaluate(() => window.__assayCy.nodes('.group').map((g) => `${String(g.data('label'))}:${window.__assayCy.nodes().filter((n) => n.data('parent') === g.id()).length}`));
    await expect.poll(groups).toEqual(['Thief wallet <1>:2']);
    await page.locator('body').press('Control+z');
    await expect.poll(groups).toEqual([]);
    await page.locator('body').press('Control+Shift+Z');
    await expect.poll(groups).toEqual(['Thief wallet <1>:2']);
    await page.screenshot({ path: `${SHOTS}/10-group.png` });
  });

  await test.step('timeline layout puts transactions in time order on the x axis', async () => {
    await tools.getByLabel('Layout').selectOption('timeline');
    const txs = () => page.evaluate(() => window.__assayCy.nodes().filter((n) => n.id().startsWith('tx:') && n.visible()).map((n) => [Number(n.data('time')), n.position().x] as [number, number]));
    await expect.poll(async () => {
      const sorted = (await txs()).sort((p, q) => p[0] - q[0]);
      return sorted.every((p, i) => i === 0 || p[0] === sorted[i - 1]![0] || p[1] > sorted[i - 1]![1]);
    }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/11-timeline.png` });
  });

  await test.step('save a view, reload, reopen it with the exact positions', async () => {
    await tools.getByRole('button', { name: 'Views…' }).click();
    const menu = page.getByTestId('views-menu');
    await menu.getByLabel('View name').fill('Laundering <path>');
    await menu.getByRole('button', { name: 'Save view' }).click();
    await expect(menu.getByTestId('saved-view')).toContainText('Laundering <path>');
    const saved = await positions(page);
    const hiddenBefore = await visibleCount(page);
    await page.screenshot({ path: `${SHOTS}/12-view-saved.png` });
    await page.reload();
    // The host reopens the last case after a reload; the graph comes back without the unsaved edits.
    await expect(page.getByTestId('graph-toolbar')).toBeVisible({ timeout: 30_000 });
    await tools.getByRole('button', { name: 'Views…' }).click();
    await page.getByTestId('views-menu').getByTestId('saved-view').filter({ hasText: 'Laundering <path>' }).getByRole('button', { name: 'Open' }).click();
    // The overview after the reload shows the same nodes as the view: wait for the view's own group box, which only
    // the view brings, before reading positions.
    await expect.poll(() => page.evaluate(() => window.__assayCy.nodes('.group').map((g) => String(g.data('label'))))).toEqual(['Thief wallet <1>']);
    await expect.poll(() => nodeIds(page)).toEqual(Object.keys(saved).filter((id) => !id.startsWith('group:')).sort());
    const reopened = await positions(page);
    // Ledger nodes at their exact saved positions (a group box's position follows its members).
    for (const [id, p] of Object.entries(saved)) if (!id.startsWith('group:')) expect(reopened[id], id).toEqual(p);
    // A view opens over several tasks (add, style, first frame): a box counts as visible once its style is computed.
    await expect.poll(() => visibleCount(page)).toBe(hiddenBefore);
    await page.screenshot({ path: `${SHOTS}/13-view-reopened.png` });
  });
});
