import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_EVENT } from '../../shared/api/bridge';
import { CaseFile } from '../core/case/case-file';
import { startShell } from './shell';
import { fakeElectron, type FakeElectron } from './test-support/fake-electron';

let dir: string;
let fake: FakeElectron;

// The first call starts the window's engine process (from TypeScript source here: seconds on a busy machine).
const ENGINE_WAIT = { timeout: 20_000 };

const consoleAsFound = { error: console.error, warn: console.warn };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-shell-'));
  fake = fakeElectron({ paths: { userData: path.join(dir, 'user-data'), documents: dir, logs: path.join(dir, 'logs') } });
});
afterEach(() => {
  for (const window of fake.electron.BrowserWindow.instances) window.emit('closed');
  Object.assign(console, consoleAsFound);
  fs.rmSync(dir, { recursive: true, force: true });
});

const start = async (): Promise<FakeElectron['electron']['BrowserWindow']['instances'][number]> => {
  startShell(fake.asShell, { distDir: '/opt/assay/dist' });
  await Promise.resolve();
  await Promise.resolve();
  const window = fake.electron.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window opened');
  return window;
};

const invoke = (window: { webContents: unknown }, method: string, params: unknown) => {
  const handler = fake.ipcHandlers.get(IPC_CALL) as (event: unknown, m: string, p: unknown) => Promise<unknown>;
  const contents = window.webContents as { mainFrame: unknown };
  return handler({ sender: contents, senderFrame: contents.mainFrame }, method, params);
};

const clickMenu = (label: string): void => {
  const items = fake.menu().flatMap((entry) => (Array.isArray(entry.submenu) ? entry.submenu : [])) as MenuItemConstructorOptions[];
  const item = items.find((i) => i.label === label);
  if (!item?.click) throw new Error(`no menu item ${label}`);
  (item.click as () => void)();
};

describe('startShell', () => {
  it('quits at once in a second instance, before any window or protocol', async () => {
    fake = fakeElectron({ lock: false });
    startShell(fake.asShell, { distDir: '/opt/assay/dist' });
    await Promise.resolve();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('focuses (and restores) the first window when a second instance starts', async () => {
    const window = await start();
    window.minimized = true;
    fake.electron.app.emit('second-instance', {}, ['/opt/Assay/assay', '--flag'], '/home/analyst');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(fake.electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('registers the privileged scheme and the sandbox before ready, then protocol, IPC and session guards', async () => {
    await start();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(fake.electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.ipcHandlers.has(IPC_CALL)).toBe(true);
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    console.warn('written to the application log');
    expect(fs.readFileSync(path.join(dir, 'logs', 'assay.log'), 'utf8')).toContain('WARN written to the application log');
  });

  it('opens a hardened, sandboxed window on app://assay/ with the built preload', async () => {
    const window = await start();
    expect(window.options.webPreferences).toMatchObject({
      preload: path.join('/opt/assay/dist', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://assay/index.html');
    expect(window.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.webContents.emit('preload-error', {}, '/opt/assay/dist/preload/preload.cjs', new Error('boom'));
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([
      '[assay] preload /opt/assay/dist/preload/preload.cjs failed:',
      '[assay] renderer gone: crashed (exit 11)',
    ]);
  });

  it('creates a case through the native save dialog and the IPC bridge', async () => {
    const window = await start();
    const chosen = path.join(dir, 'Heist');
    fake.electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const location = await invoke(window, 'case.chooseNew', { suggestedName: 'Heist' });
    expect(location).toEqual({ ok: true, result: `${chosen}.assay` });
    expect(fake.electron.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(dir, 'Heist.assay'),
      filters: [{ name: 'Assay case', extensions: ['assay'] }],
    });
    const created = await invoke(window, 'case.create', { location: `${chosen}.assay`, header: { title: 'Heist' } });
    expect(created).toMatchObject({ ok: true, result: { title: 'Heist' } });
    expect(fs.existsSync(`${chosen}.assay`)).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT, 'case.changed', { reason: 'opened' });
    // In a utility process, not a child run with ELECTRON_RUN_AS_NODE (a fuse the packaged app turns off).
    expect(fake.electron.utilityProcess.fork).toHaveBeenCalledWith(expect.stringMatching(/engine\.process\.(ts|cjs)$/), [], expect.objectContaining({ serviceName: 'Assay engine' }));
  });

  it('refuses to create a case at a path no dialog granted', async () => {
    const window = await start();
    const outcome = await invoke(window, 'case.create', { location: path.join(dir, 'sneaky.assay'), header: { title: 'x' } });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.existsSync(path.join(dir, 'sneaky.assay'))).toBe(false);
  });

  it('keeps user data (recent cases) where ASSAY_USER_DATA points', async () => {
    const userData = path.join(dir, 'isolated');
    process.env.ASSAY_USER_DATA = userData;
    try {
      await start();
    } finally {
      delete process.env.ASSAY_USER_DATA;
    }
    expect(fake.electron.app.getPath('userData')).toBe(userData);
  });

  it('opens a case handed over by a second launch or by macOS open-file, and follows it in the window', async () => {
    const first = path.join(dir, 'First.assay');
    const second = path.join(dir, 'Second.assay');
    CaseFile.create(first, { title: 'First' }).close();
    CaseFile.create(second, { title: 'Second' }).close();
    const window = await start();
    fake.electron.app.emit('second-instance', {}, ['/opt/Assay/assay', '--no-sandbox', 'First.assay'], dir);
    await vi.waitFor(async () => expect(await invoke(window, 'case.current', {})).toMatchObject({ result: { title: 'First' } }), ENGINE_WAIT);
    expect(window.focus).toHaveBeenCalled();
    const openFile = { preventDefault: vi.fn() };
    fake.electron.app.emit('open-file', openFile, second);
    expect(openFile.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect(await invoke(window, 'case.current', {})).toMatchObject({ result: { title: 'Second' } }), ENGINE_WAIT);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT, 'case.changed', { reason: 'opened' });
  });

  it('opens a case named on the first launch once the window exists', async () => {
    const file = path.join(dir, 'Launch.assay');
    CaseFile.create(file, { title: 'Launch' }).close();
    const argv = process.argv;
    process.argv = [...argv, file];
    try {
      const window = await start();
      await vi.waitFor(async () => expect(await invoke(window, 'case.current', {})).toMatchObject({ result: { title: 'Launch' } }), ENGINE_WAIT);
    } finally {
      process.argv = argv;
    }
  });

  it('turns menu clicks into menu.command events for the window', async () => {
    const window = await start();
    clickMenu('New case…');
    clickMenu('About Assay');
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT, 'menu.command', { command: 'case.new' });
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT, 'menu.command', { command: 'help.about' });
  });

  it('ignores activate before ready (whenReady opens the window)', () => {
    startShell(fake.asShell, { distDir: '/opt/assay/dist' });
    fake.electron.app.emit('activate');
    expect(fake.electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('forgets a closed window: its calls are refused, activate opens a new one', async () => {
    const window = await start();
    window.emit('closed');
    expect(await invoke(window, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    fake.electron.app.emit('activate');
    expect(fake.electron.BrowserWindow.instances).toHaveLength(2);
  });
});
