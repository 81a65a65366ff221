import path from 'node:path';
import type * as ElectronModule from 'electron';
import type { BrowserWindow } from 'electron';
import type { Backend } from '../core/api/backend';
import { createBackend } from '../core/api/create-backend';
import { grantedPathsPolicy } from '../core/case/locations';
import { startAppLog } from './app-log';
import { nativeDialogs } from './dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { menuTemplate, type MenuCommandName } from './menu';
import { caseFileFromArgv, openCaseFromOs } from './open-from-os';
import { PRIVILEGED_SCHEMES, registerAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, focusWindow } from './window';

/** The parts of the `electron` module the shell uses; tests hand in fakes. */
export type ShellElectron = Pick<typeof ElectronModule, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'session'>;

export interface ShellOptions {
  /** The folder holding main/, preload/ and renderer/ (dist/ in development, inside app.asar when packaged). */
  distDir: string;
}

/** Wires the app lifecycle: hardening first, then one window with its own backend. */
export function startShell(electron: ShellElectron, { distDir }: ShellOptions): void {
  const { app, BrowserWindow: BrowserWindowCtor, dialog, ipcMain, Menu, protocol, session } = electron;
  const dev = !app.isPackaged;
  const isMac = process.platform === 'darwin';
  const backends = new Map<number, Backend>();
  let current: { window: BrowserWindow; backend: ReturnType<typeof createBackend> } | null = null;

  // All of these must happen before `ready`. ASSAY_USER_DATA isolates test runs (same variable as the CLI's).
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
  app.enableSandbox();
  if (process.env.ASSAY_USER_DATA) app.setPath('userData', path.resolve(process.env.ASSAY_USER_DATA));
  // A case named on the command line or by the OS waits here until a window (and its backend) exists.
  let pendingCase = caseFileFromArgv(process.argv, process.cwd());
  const openCase = (filePath: string): void => {
    if (current) void openCaseFromOs(current.backend, filePath);
    else pendingCase = filePath;
  };
  if (
    !claimSingleInstance(app, (argv, workingDirectory) => {
      const filePath = caseFileFromArgv(argv, workingDirectory);
      if (filePath) openCase(filePath);
      if (current) focusWindow(current.window);
    })
  ) {
    return;
  }
  // macOS hands over double-clicked files by event, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openCase(filePath);
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  const openWindow = (): void => {
    const window = createMainWindow(BrowserWindowCtor, { preloadPath: path.join(distDir, 'preload', 'preload.cjs'), dev });
    const contents = window.webContents;
    // Read once: a destroyed webContents throws on property access, and 'closed' comes after destruction.
    const contentsId = contents.id;
    const backend = createBackend({
      runtime: 'electron',
      userDataDir: app.getPath('userData'),
      locations: grantedPathsPolicy(),
      platform: nativeDialogs(dialog, window, app.getPath('documents')),
    });
    backends.set(contentsId, backend);
    const stopForwarding = forwardEvents(backend, contents);
    window.on('closed', () => {
      stopForwarding();
      backends.delete(contentsId);
      backend.session.close();
      current = null;
    });
    current = { window, backend };
    if (pendingCase) void openCaseFromOs(backend, pendingCase);
    pendingCase = null;
  };

  // macOS: a dock click with no window open; it can arrive before `ready`, when whenReady below opens one.
  app.on('activate', () => {
    if (!current && app.isReady()) openWindow();
  });

  void app.whenReady().then(() => {
    startAppLog(app.getPath('logs'));
    hardenSession(session.defaultSession, dev);
    registerAppProtocol(protocol, path.join(distDir, 'renderer'));
    registerIpc(ipcMain, backends);
    const send = (command: MenuCommandName): void => current?.backend.emit('menu.command', { command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ dev, isMac, send })));
    openWindow();
  });
}
