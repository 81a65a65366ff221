import path from 'node:path';
import type * as ElectronModule from 'electron';
import type { BrowserWindow } from 'electron';
import { EngineClient } from '../core/engine/engine-client';
import { startAppLog } from './app-log';
import { nativeDialogs } from './dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { menuTemplate, type MenuCommandName } from './menu';
import { caseFileFromArgv, openCaseFromOs } from './open-from-os';
import { PRIVILEGED_SCHEMES, registerAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { utilityEngine } from './utility-engine';
import { createMainWindow, focusWindow } from './window';

/** The parts of the `electron` module the shell uses; tests hand in fakes. */
export type ShellElectron = Pick<
  typeof ElectronModule,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'session' | 'utilityProcess'
>;

export interface ShellOptions {
  /** The folder holding main/, preload/ and renderer/ (dist/ in development, inside app.asar when packaged). */
  distDir: string;
}

/** Wires the app lifecycle: hardening first, then one window with its own engine (the backend in a utility process). */
export function startShell(electron: ShellElectron, { distDir }: ShellOptions): void {
  const { app, BrowserWindow: BrowserWindowCtor, dialog, ipcMain, Menu, protocol, session, utilityProcess } = electron;
  const launch = utilityEngine(utilityProcess);
  const dev = !app.isPackaged;
  const isMac = process.platform === 'darwin';
  const engines = new Map<number, EngineClient>();
  let current: { window: BrowserWindow; engine: EngineClient } | null = null;

  // All of these must happen before `ready`. ASSAY_USER_DATA isolates test runs (same variable as the CLI's).
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
  app.enableSandbox();
  if (process.env.ASSAY_USER_DATA) app.setPath('userData', path.resolve(process.env.ASSAY_USER_DATA));
  // A case named on the command line or by the OS waits here until a window (and its engine) exists.
  let pendingCase = caseFileFromArgv(process.argv, process.cwd());
  const openCase = (filePath: string): void => {
    if (current) void openCaseFromOs(current.engine, filePath);
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
    // The engine runs in its own process: a long query or a hostile case never freezes the window or the menus.
    const engine = new EngineClient({
      launch,
      runtime: 'electron',
      userDataDir: app.getPath('userData'),
      locations: { kind: 'granted', paths: [] },
      platform: nativeDialogs(dialog, window, app.getPath('documents')),
    });
    engines.set(contentsId, engine);
    const stopForwarding = forwardEvents(engine, contents);
    window.on('closed', () => {
      stopForwarding();
      engines.delete(contentsId);
      void engine.close();
      current = null;
    });
    current = { window, engine };
    if (pendingCase) void openCaseFromOs(engine, pendingCase);
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
    registerIpc(ipcMain, engines);
    const send = (command: MenuCommandName): void => current?.engine.emit('menu.command', { command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ dev, isMac, send })));
    openWindow();
  });
}
