import { expect, test } from '../support/fixtures';
import { openDemo, panelTab, SHOTS, toggleTheme } from './panels-support';

// Two cores shared with other jobs: the demo graph can take a while to lay out under load.
test.describe.configure({ timeout: 180_000 });

test('run analysis on the demo case, accept one finding, dismiss another with a reason, open a subgraph', async ({ page, host }) => {
  await openDemo(page, host.url);
  await page.keyboard.press('f');
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('run-analysis').click();
  await expect(panel.getByTestId('analysis-status')).toContainText(/\d+ findings/, { timeout: 60_000 });
  const findings = panel.getByTestId('finding');
  await expect(findings.first()).toBeVisible();
  expect(await findings.count()).toBeGreaterThan(1);
  await page.screenshot({ path: `${SHOTS}/findings-dark.png` });

  const first = findings.nth(0);
  const firstId = await first.getAttribute('data-finding-id');
  await first.getByRole('button', { name: 'Accept' }).click();
  await expect(panel.locator(`[data-finding-id="${firstId}"]`)).toHaveAttribute('data-status', 'accepted');

  const second = panel.locator('[data-testid="finding"][data-status="new"]').first();
  const secondId = await second.getAttribute('data-finding-id');
  await second.getByRole('button', { name: 'Dismiss…' }).click();
  const dismissButton = second.getByRole('button', { name: 'Dismiss', exact: true });
  await expect(dismissButton).toBeDisabled();
  await second.getByLabel('Reason for dismissing').fill('Known exchange consolidation, <b>not</b> laundering');
  await dismissButton.click();
  const dismissed = panel.locator(`[data-finding-id="${secondId}"]`);
  await expect(dismissed).toHaveAttribute('data-status', 'dismissed');
  await expect(dismissed).toContainText('Reason: Known exchange consolidation, <b>not</b> laundering');

  await panel.getByLabel('Status').selectOption('dismissed');
  await expect(panel.getByTestId('finding')).toHaveCount(1);
  await panel.getByLabel('Status').selectOption('');
  await toggleTheme(page);
  await page.screenshot({ path: `${SHOTS}/findings-light.png` });

  await panel.locator(`[data-finding-id="${firstId}"]`).getByRole('button', { name: 'Open subgraph' }).click();
  // A finding opens to its own path view (e2e/web/path-view.spec.ts covers it in depth), its first subject inspected.
  await expect(page.getByTestId('path-banner')).toContainText(`finding ${firstId}`);
  await expect(page.locator('.inspector-body')).toBeVisible();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/findings-open-subgraph.png` });
  await page.getByTestId('path-banner').getByRole('button', { name: 'Show full ledger' }).click();
  await expect(page.getByTestId('path-banner')).toHaveCount(0);
  await panelTab(page, 'Findings');
  await expect(panel.locator(`[data-finding-id="${firstId}"]`)).toHaveAttribute('data-status', 'accepted');
});
