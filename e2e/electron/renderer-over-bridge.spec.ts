import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import type { AssayBridge } from '../../shared/api/bridge';
import { PROJECT_DIR } from './electron-app';
import type * as ShellPieces from './support/shell-pieces';

// Where no Electron binary exists, this runs the built renderer in Debian Chromium the way the shell would: files
// from the app:// handler (with its CSP, on a stand-in http origin Chromium can route), a window.assay bridge shaped
// like the preload's, the Electron backend (granted paths, native dialogs answered here).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERER = `${PROJECT_DIR}/dist/renderer`;
const ORIGIN = 'http://assay.localhost';

test.skip(!fs.existsSync(CHROMIUM) || !fs.existsSync(`${RENDERER}/index.html`), `needs ${CHROMIUM} and a built renderer (npm run build)`);

let browser: Browser;
let pieces: typeof ShellPieces;
test.beforeAll(async () => {
  const outfile = path.join(test.info().project.outputDir, 'shell-pieces.cjs');
  await build({
    entryPoints: [path.join(PROJECT_DIR, 'e2e/electron/support/shell-pieces.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  pieces = createRequire(import.meta.url)(outfile) as typeof ShellPieces;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
test.afterAll(async () => browser?.close());

test('the renderer runs in desktop mode over the bridge, under the shell CSP, and creates a case via the save dialog', async () => {
  const testInfo = test.info();
  const casePath = testInfo.outputPath('Heist.assay');
  const dialog = {
    showSaveDialog: async () => ({ canceled: false, filePath: casePath }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  };
  const { createAppProtocolHandler, createBackend, dispatch, grantedPathsPolicy, nativeDialogs } = pieces;
  const backend = createBackend({
    runtime: 'electron',
    userDataDir: testInfo.outputPath('user-data'),
    locations: grantedPathsPolicy(),
    platform: nativeDialogs(dialog as never, {} as never, testInfo.outputPath('.')),
  });
  const serve = createAppProtocolHandler(RENDERER);
  const page = await browser.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && cspViolations.push(message.text()));
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const response = await serve(new Request(route.request().url().replace(ORIGIN, 'app://assay'), { method: route.request().method() }));
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    // The IPC round trip: structured clone in Electron, JSON here; both carry plain {ok, result | error} data.
    await page.exposeFunction('__assayInvoke', (method: unknown, params: unknown): Promise<ShellPieces.DispatchOutcome> => dispatch(backend, method, params));
    const stopEvents = backend.subscribe((name, payload) => void page.evaluate(([n, p]) => (window as unknown as { __assayEmit(n: string, p: unknown): void }).__assayEmit(n, p), [name, payload] as const).catch(() => undefined));
    await page.addInitScript(() => {
      const listeners = new Set<(name: string, payload: unknown) => void>();
      const w = window as unknown as { __assayInvoke: AssayBridge['call']; __assayEmit(n: string, p: unknown): void; assay: AssayBridge };
      w.__assayEmit = (name, payload) => listeners.forEach((listener) => listener(name, payload));
      w.assay = {
        call: (method, params) => w.__assayInvoke(method, params),
        onEvent: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
        dropFiles: () => {
          throw new Error('no file paths in this simulation');
        },
      };
    });

    await page.goto(`${ORIGIN}/`);
    await expect(page.getByRole('heading', { name: 'Assay', level: 1 })).toBeVisible();
    await expect(page.getByText('Desktop', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /New case/ }).click();
    await page.getByLabel('Case title').fill('Heist of 2024');
    await page.getByRole('button', { name: 'Choose location and create' }).click();
    await expect(page.getByTestId('case-title')).toHaveText('Heist of 2024');
    expect(fs.existsSync(casePath)).toBe(true);
    expect(cspViolations).toEqual([]);
    stopEvents();
  } finally {
    await page.close();
    backend.session.close();
  }
});
