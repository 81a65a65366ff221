import { expect, test } from '../support/fixtures';
import { clickNode, isVisible, openDemo, selectedIds, SHOTS, twoHopPair } from './graph-support';

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 20_000 });

/** The nodes the canvas draws (not hidden, filtered or folded away; an open box is a frame), as the status bar counts. */
const drawnNodes = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__assayCy.nodes().filter((n) => n.visible() && !n.id().startsWith('group:') && !n.id().startsWith('cluster:')).length);

test('one selection: Shift-click and Shift-drag select, every action acts on the selection only; the status bar counts what is drawn', async ({ page, host }) => {
  await openDemo(page, host.url);
  const tools = page.getByTestId('graph-toolbar');
  const status = page.getByTestId('graph-counts');
  const [a, tx, b] = await twoHopPair(page);

  await test.step('Shift-click adds a second node: the toolbar says so and Path is offered', async () => {
    await expect(page.getByTestId('selection-count')).toContainText('Shift-click or Shift-drag');
    await expect(tools.getByRole('button', { name: 'Path' })).toBeDisabled();
    await clickNode(page, a);
    await expect(page.getByTestId('selection-count')).toHaveText('1 selected · Shift-click adds');
    await clickNode(page, b, 'left', ['Shift']);
    await expect.poll(() => selectedIds(page)).toEqual([a, b].sort());
    await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
    await expect(tools.getByRole('button', { name: 'Path' })).toBeEnabled();
    await tools.getByRole('button', { name: 'Pin' }).click();
    const pinned = () => page.evaluate(() => window.__assayCy.nodes('.pinned').map((n) => n.id()).sort());
    await expect.poll(pinned).toEqual([a, b].sort());
    await page.screenshot({ path: `${SHOTS}/30-two-selected.png` });
  });

  await test.step('a plain click starts a new selection: Hide hides that node and nothing chosen earlier', async () => {
    await clickNode(page, tx);
    await expect.poll(() => selectedIds(page)).toEqual([tx]);
    const before = Number(await status.getAttribute('data-nodes'));
    await tools.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => isVisible(page, tx)).toBe(false);
    expect(await isVisible(page, a)).toBe(true);
    expect(await isVisible(page, b)).toBe(true);
    await expect(status).toHaveAttribute('data-nodes', String(before - 1));
    await tools.getByRole('button', { name: 'Show all' }).click();
    await expect(status).toHaveAttribute('data-nodes', String(before));
  });

  await test.step('the context menu of a selected node acts on the whole selection', async () => {
    await clickNode(page, a);
    await clickNode(page, b, 'left', ['Control']);
    await clickNode(page, b, 'right');
    const menu = page.getByTestId('graph-context-menu');
    await expect(menu.getByRole('menuitem', { name: 'Hide (2)' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/31-context-menu-selection.png` });
    await menu.getByRole('menuitem', { name: 'Hide (2)' }).click();
    await expect.poll(() => Promise.all([isVisible(page, a), isVisible(page, b)])).toEqual([false, false]);
    await page.locator('body').press('Control+z');
    await expect.poll(() => Promise.all([isVisible(page, a), isVisible(page, b)])).toEqual([true, true]);
  });

  await test.step('Shift-drag draws a box that adds the nodes inside it', async () => {
    await clickNode(page, tx);
    await expect.poll(() => selectedIds(page)).toEqual([tx]);
    const box = await page.evaluate(([p, q]) => {
      const cy = window.__assayCy;
      const rect = cy.container().getBoundingClientRect();
      const [pp, qp] = [cy.getElementById(p!).renderedPosition(), cy.getElementById(q!).renderedPosition()];
      return { x1: rect.left + Math.min(pp.x, qp.x) - 15, y1: rect.top + Math.min(pp.y, qp.y) - 15, x2: rect.left + Math.max(pp.x, qp.x) + 15, y2: rect.top + Math.max(pp.y, qp.y) + 15 };
    }, [a, b]);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    // The box may hold more nodes than these two; the toolbar counts them all.
    await expect.poll(() => selectedIds(page)).toEqual(expect.arrayContaining([a, b, tx]));
    const count = (await selectedIds(page)).length;
    await expect(page.getByTestId('selection-count')).toHaveText(`${count} selected`);
    await page.screenshot({ path: `${SHOTS}/32-box-select.png` });
  });

  await test.step('the status bar counts what the time filter leaves drawn', async () => {
    const all = Number(await status.getAttribute('data-nodes'));
    expect(all).toBe(await drawnNodes(page));
    const from = page.getByTestId('time-from');
    await from.fill(String(Math.round((Number(await from.getAttribute('max')) + Number(await from.getAttribute('min'))) / 2)));
    await expect.poll(() => drawnNodes(page)).toBeLessThan(all);
    await expect.poll(async () => Number(await status.getAttribute('data-nodes'))).toBe(await drawnNodes(page));
    await page.screenshot({ path: `${SHOTS}/33-time-filter-counts.png` });
    await page.getByTestId('time-filter').getByRole('button', { name: 'Reset' }).click();
    await expect(status).toHaveAttribute('data-nodes', String(all));
  });

  await test.step('the Views popover closes with Escape and with a click outside it', async () => {
    await tools.getByRole('button', { name: 'Views…' }).click();
    const menu = page.getByTestId('views-menu');
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await tools.getByRole('button', { name: 'Views…' }).click();
    await expect(menu).toBeVisible();
    await page.getByTestId('status-bar').click();
    await expect(menu).toHaveCount(0);
  });
});
