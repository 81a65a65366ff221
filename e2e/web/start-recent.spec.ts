import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-start';

async function createCase(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByLabel('Case title').fill(title);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText(title);
  await page.getByRole('button', { name: 'Close case' }).click();
}

test('recent cases: a missing file is shown as missing and can be removed; removing a present one keeps its file', async ({ page, host }) => {
  await page.goto(host.url);
  await createCase(page, 'Moved away');
  await createCase(page, 'Still here');
  fs.rmSync(path.join(host.workspaceDir, 'Moved away.assay'));
  await page.reload();

  const recent = page.getByTestId('recent-cases');
  const missing = recent.locator('li', { hasText: 'Moved away' });
  const present = recent.locator('li', { hasText: 'Still here' });
  await expect(missing).toHaveAttribute('data-missing', 'true');
  await expect(missing).toContainText('File missing (moved or deleted)');
  await expect(missing.locator('.case-list-item')).toBeDisabled();
  await expect(present).not.toHaveAttribute('data-missing');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/recent-missing-dark.png` });
  await toggleTheme(page);
  await page.screenshot({ path: `${SHOTS}/recent-missing-light.png` });

  await missing.getByRole('button', { name: 'Remove Moved away from the list' }).click();
  await expect(recent.locator('li')).toHaveCount(1);
  await present.getByRole('button', { name: 'Remove Still here from the list' }).click();
  await expect(page.getByTestId('recent-cases')).toHaveCount(0);
  await expect(page.getByText('Cases you open appear here.')).toBeVisible();
  // The file stays, in the workspace list and on disk; the removal survives a reload.
  expect(fs.existsSync(path.join(host.workspaceDir, 'Still here.assay'))).toBe(true);
  await expect(page.getByTestId('workspace-cases')).toContainText('Still here');
  await page.reload();
  await expect(page.getByTestId('workspace-cases')).toContainText('Still here');
  await expect(page.getByText('Cases you open appear here.')).toBeVisible();
});
