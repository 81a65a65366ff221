import { createHash } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { openDemo, panelTab, SHOTS } from './panels-support';

test.describe.configure({ timeout: 180_000 });

test('documents, opened from the Notes panel: add a subpoena return with its received date, see its SHA-256, remove it; hostile text stays text', async ({ page, host }) => {
  await openDemo(page, host.url);
  // Reachable where deposits and off-chain links are recorded, with or without a selected node.
  await panelTab(page, 'Notes');
  await page.getByTestId('open-documents').click();
  const panel = page.getByRole('dialog', { name: 'Off-chain documents' }).getByTestId('documents-panel');
  await expect(panel).toContainText('No off-chain documents yet');

  await panel.getByTestId('add-document').click();
  const form = page.getByTestId('document-form');
  const bytes = Buffer.from('%PDF-1.4 NiceHash return to subpoena 2026-117\n');
  await form.getByLabel('Document').setInputFiles({ name: 'nicehash <img src=x onerror=alert(1)>.pdf', mimeType: 'application/pdf', buffer: bytes });
  await form.locator('input[name="description"]').fill('Return to subpoena 2026-117 <script>alert(1)</script>');
  // A date in the future is refused by the engine and named beside its field.
  await form.locator('input[name="receivedAt"]').fill('2999-01-01');
  await form.getByRole('button', { name: 'Add document' }).click();
  await expect(form.locator('.field', { has: page.locator('input[name="receivedAt"]') }).getByTestId('field-error')).toContainText('in the future');
  await page.screenshot({ path: `${SHOTS}/documents-form-error.png` });
  await form.locator('input[name="receivedAt"]').fill('2026-11-30');
  await form.getByRole('button', { name: 'Add document' }).click();
  await expect(form).toHaveCount(0);

  const card = panel.getByTestId('document');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('nicehash <img src=x onerror=alert(1)>.pdf');
  await expect(card).toContainText('received 2026-11-30');
  await expect(card).toContainText('Return to subpoena 2026-117 <script>alert(1)</script>');
  await expect(card).toContainText(createHash('sha256').update(bytes).digest('hex').slice(0, 12));
  await expect(panel.locator('img, script')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/documents-panel.png` });

  await card.getByRole('button', { name: 'Remove…' }).click();
  await card.getByRole('button', { name: 'Confirm remove' }).click();
  await expect(panel.getByTestId('document')).toHaveCount(0);
  await expect(panel).toContainText('No off-chain documents yet');
});
