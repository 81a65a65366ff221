import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { openDemo } from './panels-support';

const SHOTS = '/tmp/shots-signing';

test.describe.configure({ timeout: 240_000 });

test('create a signing key in Settings, export a signed package, verify it, write a MISP event beside it', async ({ page, host }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await openDemo(page, host.url);

  await page.getByRole('button', { name: 'Settings…' }).click();
  const keyPanel = page.getByTestId('examiner-key');
  await expect(keyPanel).toContainText('No signing key yet');
  await keyPanel.getByTestId('key-examiner-input').fill('Jane Doe');
  await keyPanel.getByRole('button', { name: 'Create signing key' }).click();
  await expect(keyPanel.getByTestId('key-fingerprint')).toContainText(/SHA256:[A-Za-z0-9+/]{43}/);
  const fingerprint = ((await keyPanel.getByTestId('key-fingerprint').textContent()) ?? '').match(/SHA256:[A-Za-z0-9+/]{43}/)?.[0] ?? '';
  await page.screenshot({ path: `${SHOTS}/settings-key.png` });
  // Replacing asks first.
  await keyPanel.getByRole('button', { name: 'Replace key…' }).click();
  await expect(keyPanel.getByRole('alert')).toContainText('Replace the signing key?');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.locator('input[name="packageName"]').fill('signed package');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const result = dialog.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result.getByTestId('export-signer')).toHaveText(`signed by Jane Doe, key ${fingerprint}`);
  await result.getByRole('button', { name: 'Verify' }).click();
  await expect(result.getByTestId('verify-verdict')).toContainText(`signed by Jane Doe, key ${fingerprint}`);
  await result.getByRole('button', { name: 'Write MISP event' }).click();
  await expect(result.getByTestId('misp-written')).toContainText('signed package.misp.json');
  await page.screenshot({ path: `${SHOTS}/export-signed.png` });

  // On disk: OpenSSH accepts the signature with the command VERIFY.txt prints; the MISP event names the manifest.
  const outDir = path.join(host.workspaceDir, 'exports', 'signed package');
  const command = /^\s+(ssh-keygen -Y verify .*)$/m.exec(fs.readFileSync(path.join(outDir, 'VERIFY.txt'), 'utf8'))?.[1] ?? 'false';
  expect(execFileSync('sh', ['-c', command], { cwd: outDir, encoding: 'utf8' })).toContain('Good "file" signature for Jane Doe');
  const event = JSON.parse(fs.readFileSync(path.join(host.workspaceDir, 'exports', 'signed package.misp.json'), 'utf8')) as { Event: { info: string } };
  expect(event.Event.info).toMatch(/manifest\.json SHA-256 [0-9a-f]{64}/);
});
