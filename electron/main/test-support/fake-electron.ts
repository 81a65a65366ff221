import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellElectron } from '../shell';

type Handler = (...args: never[]) => unknown;

/** Just enough of WebContents for the shell: events, the window-open handler, send(), a main frame. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: 'about:blank', parent: null as unknown };
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly send = vi.fn();
  isDestroyed = (): boolean => this.destroyed;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

const PARENT_PORT = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'parent-port.ts')).href;

/**
 * Electron's utilityProcess as a Node child: the TypeScript entry through tsx, with process.parentPort (parent-port.ts)
 * and the same structured-clone messages; exit reports a code (a signal counts as 1), as Electron's does.
 */
class FakeUtilityProcess extends EventEmitter {
  private readonly child;
  constructor(modulePath: string, args: string[]) {
    super();
    this.child = fork(modulePath, args, {
      serialization: 'advanced',
      execArgv: ['--import', 'tsx', '--import', PARENT_PORT],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code) => this.emit('exit', code ?? 1));
  }
  get pid(): number | undefined {
    return this.child.pid;
  }
  get stderr() {
    return this.child.stderr;
  }
  postMessage(message: unknown): void {
    this.child.send(message as object, () => undefined);
  }
  kill(): boolean {
    return this.child.kill();
  }
}

/**
 * A fake `electron` main-process module. BrowserWindow announces its contents through app's
 * 'web-contents-created' like the real one; whenReady resolves at once.
 */
export function fakeElectron(options: { lock?: boolean; paths?: Record<string, string> } = {}) {
  const paths: Record<string, string> = { ...options.paths };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => options.lock ?? true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    ready: false,
    isReady(): boolean {
      return app.ready;
    },
    whenReady: vi.fn(() => Promise.resolve().then(() => void (app.ready = true))),
    getPath: vi.fn((name: string) => paths[name] ?? `/tmp/fake-${name}`),
    setPath: vi.fn((name: string, value: string) => void (paths[name] = value)),
  });

  class BrowserWindow extends EventEmitter {
    static instances: BrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    minimized = false;
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => void (this.minimized = false));
    readonly loadURL = vi.fn(async (url: string) => void (this.webContents.mainFrame.url = url));
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isMinimized = (): boolean => this.minimized;
  }

  const ipcHandlers = new Map<string, Handler>();
  const protocolHandlers = new Map<string, Handler>();
  const webRequest = { onBeforeRequest: vi.fn() };
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest,
  };
  let menu: MenuItemConstructorOptions[] = [];

  const electron = {
    app,
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: vi.fn((channel: string, handler: Handler) => void ipcHandlers.set(channel, handler)) },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => (menu = template)),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: Handler) => void protocolHandlers.set(scheme, handler)),
    },
    session: { defaultSession },
    utilityProcess: { fork: vi.fn((modulePath: string, args: string[] = []) => new FakeUtilityProcess(modulePath, args)) },
  };
  return {
    electron,
    /** The same object typed as the shell expects it. */
    asShell: electron as unknown as ShellElectron,
    ipcHandlers,
    protocolHandlers,
    menu: () => menu,
  };
}

export type FakeElectron = ReturnType<typeof fakeElectron>;
