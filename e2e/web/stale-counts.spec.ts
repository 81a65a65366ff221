import { expect, test } from '../support/fixtures';
import { addressNodes, openDemo, panelTab, selectNode, SHOTS } from './panels-support';

test.describe.configure({ timeout: 180_000 });

test('counts follow the case: an analysis run from the inspector fills the findings panel; accepting a finding updates the tables drawer', async ({ page, host }) => {
  await openDemo(page, host.url);

  await test.step('run the analysis from the inspector: the findings panel lists what the status line counts', async () => {
    const [address] = await addressNodes(page);
    await selectNode(page, address!);
    await panelTab(page, 'Inspector');
    await page.getByTestId('cluster-not-run').locator('..').getByTestId('run-analysis').click();
    await panelTab(page, 'Findings');
    const panel = page.getByTestId('findings-panel');
    await expect(panel.getByTestId('analysis-status')).toContainText(/[1-9]\d* findings/, { timeout: 60_000 });
    const counted = Number((await panel.getByTestId('analysis-status').textContent())!.match(/(\d+) findings/)![1]);
    await expect(panel.getByTestId('finding')).toHaveCount(counted);
    await expect(panel.getByTestId('findings-empty')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/stale-findings-after-inspector-run.png` });
  });

  await test.step('accepting a finding changes its row in the open tables drawer', async () => {
    await page.getByTestId('open-tables').click();
    const drawer = page.getByTestId('tables-drawer');
    await drawer.getByRole('tab', { name: 'Findings' }).click();
    await expect(drawer.getByTestId('table-total')).toHaveText(/^[1-9]\d* rows$/);
    const card = page.getByTestId('findings-panel').locator('[data-testid="finding"][data-status="new"]').first();
    const id = await card.getAttribute('data-finding-id');
    const row = drawer.getByTestId('table-row').filter({ has: page.getByText(id!, { exact: true }) }).first();
    await expect(row).toContainText('new');
    await card.getByRole('button', { name: 'Accept' }).click();
    await expect(row).toContainText('accepted');
    await page.screenshot({ path: `${SHOTS}/stale-drawer-after-accept.png` });
  });
});
