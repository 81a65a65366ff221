import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { openDemo, toggleTheme } from './panels-support';

const SHOTS = '/tmp/shots-export';

// Two cores shared with other jobs: the demo graph and the PDF can take a while under load.
test.describe.configure({ timeout: 240_000 });

test('export an evidence package with a section left out, verify it, replace it, then save a copy of the case', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await openDemo(page, host.url);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  const sections = dialog.getByTestId('export-sections');
  await expect(sections.locator('input[type="checkbox"]').first()).toBeChecked();
  const summary = dialog.getByTestId('export-summary');
  await expect(summary).toContainText('report.pdf');
  await expect(summary).not.toContainText('evidence-package.zip');
  await page.screenshot({ path: `${SHOTS}/export-dialog.png` });

  // Untick the attribution tags; the contents summary counts one section fewer.
  await expect(summary.getByTestId('export-sealed')).toContainText('with 14 sections');
  await sections.locator('input[name="section-tags"]').uncheck();
  await expect(summary.getByTestId('export-sealed')).toContainText('with 13 sections');
  await dialog.locator('input[name="zip"]').check();
  await expect(summary).toContainText('evidence-package.zip');
  await expect(summary.getByTestId('export-rows')).toContainText('only the rows touching the accepted findings');
  await dialog.locator('input[name="allRows"]').check();
  await expect(summary.getByTestId('export-rows')).toContainText('every row');
  await dialog.locator('input[name="maxTableRows"]').fill('50');
  await dialog.locator('input[name="packageName"]').fill('demo package');
  await page.screenshot({ path: `${SHOTS}/export-choices.png` });
  const promised = await summary.getByTestId('export-sealed').getAttribute('data-sealed');

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/export-progress.png` });
  const result = dialog.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result.getByTestId('export-location')).toHaveText('demo package');
  await expect(result).toContainText('evidence-package.zip');
  await expect(result).toContainText(/\d+ pages/);
  await result.getByRole('button', { name: 'Verify' }).click();
  await expect(result.getByTestId('verify-verdict')).toContainText('OK');
  // One count everywhere: the files the dialog promised are the files sealed and the files verify checked.
  await expect(result.getByTestId('export-sealed-result')).toHaveAttribute('data-sealed', promised!);
  await expect(result.getByTestId('verify-verdict')).toContainText(`OK: ${promised} sealed files match`);
  await page.screenshot({ path: `${SHOTS}/export-verified.png` });

  // What the dialog said is on disk: the package folder under the workspace's exports, sealed, zipped, no tags section.
  const outDir = path.join(host.workspaceDir, 'exports', 'demo package');
  for (const file of ['report.pdf', 'manifest.json', 'SHA256SUMS', 'VERIFY.txt', 'evidence-package.zip']) expect(fs.existsSync(path.join(outDir, file)), file).toBe(true);
  const sectionIds = () =>
    (JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { report: { sections: { id: string }[] } }).report.sections.map((s) => s.id);
  expect(sectionIds()).toContain('summary');
  expect(sectionIds()).not.toContain('tags');
  expect((JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { rows: unknown }).rows).toEqual({ scope: 'all' });

  // The same name again: the engine refuses a non-empty folder, the dialog asks, Replace resends with force.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await toggleTheme(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export-summary')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/export-dialog-light.png` });
  await dialog.locator('input[name="packageName"]').fill('demo package');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const confirm = dialog.getByTestId('export-confirm');
  await expect(confirm).toContainText('already holds an evidence package exported by Assay');
  await page.screenshot({ path: `${SHOTS}/export-confirm.png` });
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(result).toBeVisible({ timeout: 120_000 });
  await result.getByRole('button', { name: 'Verify' }).click();
  await expect(result.getByTestId('verify-verdict')).toContainText('OK');
  // The reopened dialog starts from every section again, so the replacing package has the tags section.
  expect(sectionIds()).toContain('tags');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Save a copy… under a new name; after closing the case it is listed in the workspace.
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const form = page.getByTestId('save-copy-form');
  await form.locator('input[name="copyName"]').fill('demo backup');
  await page.screenshot({ path: `${SHOTS}/save-copy.png` });
  await form.getByRole('button', { name: 'Save copy' }).click();
  await expect(page.getByTestId('save-copy-result')).toContainText('demo backup.assay');
  await page.screenshot({ path: `${SHOTS}/save-copy-done.png` });
  await page.getByTestId('save-copy-result').getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByTestId('workspace-cases')).toContainText('demo backup.assay');
  await page.screenshot({ path: `${SHOTS}/workspace-with-copy.png` });
});
