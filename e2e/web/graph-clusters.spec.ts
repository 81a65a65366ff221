import { expect, test } from '../support/fixtures';
import { countOf as count, openDemo, SHOTS } from './graph-support';

test.describe.configure({ timeout: 180_000 });

test('clusters as boxes that fold and unfold (undoable); the address-flow view folds transactions into edges', async ({ page, host }) => {
  await openDemo(page, host.url);
  const tools = page.getByTestId('graph-toolbar');
  const clusters = tools.getByRole('button', { name: 'Clusters' });

  await test.step('before analysis there is nothing to draw, and the app says why', async () => {
    await clusters.click();
    await expect(page.getByTestId('graph-message')).toContainText('run analysis');
    await expect(clusters).toHaveAttribute('aria-pressed', 'false');
  });

  await test.step('after analysis the clusters of the shown addresses become boxes', async () => {
    await page.keyboard.press('f');
    await page.getByTestId('findings-panel').getByTestId('run-analysis').click();
    await expect(page.getByTestId('analysis-status')).toContainText(/\d+ findings/, { timeout: 60_000 });
    await clusters.click();
    await expect(clusters).toHaveAttribute('aria-pressed', 'true');
    expect(await count(page, '.cluster')).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/20-clusters.png` });
  });

  await test.step('double-clicking a box folds it into one node with summed edges; undo unfolds it', async () => {
    const box = await page.evaluate(() => {
      const largest = window.__assayCy.nodes('.cluster').map((n) => ({ id: n.id(), members: window.__assayCy.nodes().filter((m) => m.data('parent') === n.id()).length }));
      return largest.sort((p, q) => q.members - p.members)[0]!;
    });
    const before = await page.evaluate(() => window.__assayCy.nodes().length);
    await page.evaluate((id) => {
      window.__assayCy.getElementById(id).emit('dbltap');
    }, box.id);
    await expect.poll(() => page.evaluate(() => window.__assayCy.nodes().length)).toBe(before - box.members);
    await expect.poll(() => page.evaluate((id) => window.__assayCy.getElementById(id).hasClass('collapsed'), box.id)).toBe(true);
    expect(await count(page, '.box-edge')).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/21-cluster-collapsed.png` });
    await page.locator('body').press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__assayCy.nodes().length)).toBe(before);
    expect(await count(page, '.box-edge')).toBe(0);
  });

  await test.step('address flow hides folded transactions behind pro-rata edges and comes back', async () => {
    const flow = tools.getByRole('button', { name: 'Address flow' });
    const edgesBefore = await page.evaluate(() => window.__assayCy.edges().length);
    await flow.click();
    await expect(flow).toHaveAttribute('aria-pressed', 'true');
    expect(await count(page, '.flow-folded')).toBeGreaterThan(0);
    expect(await count(page, '.flow')).toBeGreaterThan(0);
    // Coinbase transactions stay drawn: the chain of custody breaks there.
    expect(await page.evaluate(() => window.__assayCy.nodes('.coinbase').filter((n) => n.hasClass('flow-folded')).length)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/22-address-flow.png` });
    await flow.click();
    await expect(flow).toHaveAttribute('aria-pressed', 'false');
    expect(await count(page, '.flow-folded')).toBe(0);
    expect(await page.evaluate(() => window.__assayCy.edges().length)).toBe(edgesBefore);
  });

  await test.step('the toggle removes the cluster boxes again', async () => {
    await clusters.click();
    await expect(clusters).toHaveAttribute('aria-pressed', 'false');
    expect(await count(page, '.cluster')).toBe(0);
  });
});
