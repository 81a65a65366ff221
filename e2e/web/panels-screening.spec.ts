import { expect, test } from '../support/fixtures';
import { addressNodes, openDemo, panelTab, SHOTS } from './panels-support';

type Cy = { __assayCy: { nodes(selector?: string): { map<T>(f: (n: { id(): string }) => T): T[] } } };

test.describe.configure({ timeout: 180_000 });

test('screen every address of the demo in bulk and open the farthest exposed one on the graph', async ({ page, host }) => {
  await openDemo(page, host.url);
  const addresses = (await addressNodes(page)).map((id) => id.split(':')[2] as string);
  expect(addresses.length).toBeGreaterThan(20);
  await panelTab(page, 'Screening');
  const panel = page.getByTestId('screening-panel');
  await panel.locator('textarea[name="addresses"]').fill(['# every address on the graph', ...addresses, '1NotInThisCaseXXXXXXXXXXXXXXXXXXX'].join('\n'));
  await expect(panel.getByTestId('run-screen')).toHaveText(`Screen ${addresses.length + 1} addresses`);
  await panel.getByTestId('run-screen').click();
  const table = panel.getByTestId('screen-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('screen-summary')).toContainText('1 not in the case');
  expect(await table.locator('tbody tr').count()).toBe(addresses.length + 1);
  // Most exposed first: the first row is a tagged source itself.
  await expect(table.locator('tbody tr').first()).toContainText('100.0%');
  await expect(table.locator('tbody tr').first()).toContainText(/(perpetrator|sanction) · /);
  await expect(table.getByText('perpetrator · ').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/screening.png` });

  // The exposed row farthest from its source: its path (address, tx, address, ...) is highlighted on the graph.
  const hops = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => (r.querySelector('[data-testid="screen-open-path"]') ? Number(r.children[2]?.textContent) : -1)),
  );
  const farthest = hops.indexOf(Math.max(...hops));
  expect(hops[farthest]).toBeGreaterThanOrEqual(3);
  await table.locator('tbody tr').nth(farthest).getByTestId('screen-open-path').click();
  await expect(page.getByTestId('graph-focus')).toContainText(`screening path`);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Cy).__assayCy.nodes('.focus').map((n) => n.id()).length))
    .toBe(2 * (hops[farthest] as number) + 1);
  const focused = await page.evaluate(() => (window as unknown as Cy).__assayCy.nodes('.focus').map((n) => n.id()));
  expect(focused.filter((id) => id.startsWith('tx:'))).toHaveLength(hops[farthest] as number);
  await page.screenshot({ path: `${SHOTS}/screening-path.png` });
});
