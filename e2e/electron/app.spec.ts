import fs from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, PROJECT_DIR, rootSandboxArgs } from './electron-app';

const binary = electronBinary();

test.skip(!binary.exists, `Electron binary absent (${binary.reason}); run \`node node_modules/electron/install.js\` with internet`);

test('opens the start screen from app://assay/ and creates a case through the native dialog', async () => {
  const testInfo = test.info();
  const casePath = testInfo.outputPath('Heist.assay');
  // Electron treats ELECTRON_RUN_AS_NODE as set even when empty: drop it rather than blank it.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const app = await electron.launch({
    executablePath: binary.path ?? undefined,
    args: [...rootSandboxArgs(), PROJECT_DIR],
    env: { ...env, ASSAY_USER_DATA: testInfo.outputPath('user-data') },
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://assay/index.html');
    await expect(page.getByRole('heading', { name: 'Assay', level: 1 })).toBeVisible();
    await expect(page.getByText('Desktop', { exact: true })).toBeVisible();

    // The page sees the bridge and nothing of Node; responses carry the CSP.
    const surface = await page.evaluate(async () => ({
      bridge: Object.keys((window as unknown as { assay: object }).assay).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      csp: (await fetch('/index.html')).headers.get('content-security-policy'),
    }));
    expect(surface).toMatchObject({ bridge: ['call', 'dropFiles', 'onEvent'], require: 'undefined', process: 'undefined' });
    expect(surface.csp).toContain("script-src 'self'");

    // Stand in for the user in the save dialog, in the main process.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, casePath);
    await page.getByRole('button', { name: /New case/ }).click();
    await page.getByLabel('Case title').fill('Heist of 2024');
    await page.getByRole('button', { name: 'Choose location and create' }).click();
    await expect(page.getByTestId('case-title')).toHaveText('Heist of 2024');
    expect(fs.existsSync(casePath)).toBe(true);

    // Navigation away from the app is refused.
    await page.evaluate(() => void (window.location.href = 'https://example.com/'));
    await page.waitForTimeout(300);
    expect(page.url().startsWith('app://assay/')).toBe(true);
  } finally {
    await app.close();
  }
});
