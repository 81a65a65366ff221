import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const mainBundle = path.join(root, 'dist', 'main', 'main.cjs');
const built = ['main/main.cjs', 'preload/preload.cjs', 'renderer/index.html'].every((f) => fs.existsSync(path.join(root, 'dist', f)));

// Runs the built dist/main/main.cjs in plain Node with `electron` resolved to this stand-in, which reports what
// the shell did: proves the bundle loads, finds dist/preload and serves dist/renderer through app://.
const FAKE_ELECTRON = String.raw`
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const report = { windows: [] };
let handler = null;
const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock: () => true, quit() {}, enableSandbox() { report.sandbox = true; },
  getPath: (name) => process.env.FAKE_USER_DATA + '/' + name, setPath() {},
  whenReady: () => Promise.resolve().then(() => setImmediate(finish)),
});
class WebContents extends EventEmitter { constructor() { super(); this.id = 1; this.mainFrame = { url: '', parent: null }; } setWindowOpenHandler() {} send() {} isDestroyed() { return false; } }
class BrowserWindow extends EventEmitter {
  constructor(options) { super(); this.webContents = new WebContents(); app.emit('web-contents-created', {}, this.webContents); report.windows.push({ preload: options.webPreferences.preload, preloadExists: fs.existsSync(options.webPreferences.preload), devTools: options.webPreferences.devTools }); }
  loadURL(url) { report.windows[report.windows.length - 1].url = url; return Promise.resolve(); }
}
async function finish() {
  const response = await handler(new Request('app://assay/index.html'));
  report.index = { status: response.status, csp: response.headers.get('content-security-policy'), hasRoot: (await response.text()).includes('id="root"') };
  report.traversal = (await handler(new Request('app://assay/..%2fmain%2fmain.cjs'))).status;
  process.stdout.write(JSON.stringify(report));
}
module.exports = {
  app, BrowserWindow,
  dialog: {}, ipcMain: { handle: (channel) => { (report.ipc ??= []).push(channel); } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (m) => { report.menu = m.map((i) => i.label || i.role); } },
  protocol: { registerSchemesAsPrivileged: (s) => { report.schemes = s; }, handle: (scheme, h) => { report.scheme = scheme; handler = h; } },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onBeforeRequest() { report.webRequest = true; } } } },
};`;

const HOOK = String.raw`
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? process.env.FAKE_ELECTRON : resolve.call(this, request, ...rest);
};`;

describe.skipIf(!built)('built main bundle (dist/main/main.cjs; skipped until `npm run build`)', () => {
  let tmp: string;
  beforeAll(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-main-bundle-'))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('starts the shell on dist/: sandbox, app:// scheme, built preload, renderer served with the CSP', () => {
    fs.writeFileSync(path.join(tmp, 'electron.cjs'), FAKE_ELECTRON);
    fs.writeFileSync(path.join(tmp, 'hook.cjs'), HOOK);
    const run = spawnSync(process.execPath, ['-r', path.join(tmp, 'hook.cjs'), mainBundle], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, FAKE_ELECTRON: path.join(tmp, 'electron.cjs'), FAKE_USER_DATA: tmp, ASSAY_USER_DATA: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      sandbox: true,
      scheme: 'app',
      ipc: ['assay:call', 'assay:drop'],
      webRequest: true,
      windows: [{ preload: path.join(root, 'dist', 'preload', 'preload.cjs'), preloadExists: true, devTools: false, url: 'app://assay/index.html' }],
      index: { status: 200, csp: expect.stringContaining("default-src 'self'"), hasRoot: true },
      traversal: 403,
      menu: ['File', 'Edit', 'Help'],
    });
  });
});
