import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { secureWebPreferences } from './security';

export interface WindowOptions {
  preloadPath: string;
  dev: boolean;
}

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The main window: hidden until its first paint, then loads the renderer from app://assay/. */
export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, { preloadPath, dev }: WindowOptions): BrowserWindow {
  const window = new BrowserWindowCtor({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Assay',
    backgroundColor: '#1b1f24',
    webPreferences: secureWebPreferences(preloadPath, dev),
  });
  window.once('ready-to-show', () => window.show());
  // Both would otherwise fail silently: a broken preload leaves the page without its bridge.
  window.webContents.on('preload-error', (_event, preloadPath, error) => console.error(`[assay] preload ${preloadPath} failed:`, error));
  window.webContents.on('render-process-gone', (_event, details) => console.error(`[assay] renderer gone: ${details.reason} (exit ${details.exitCode})`));
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Brings a window to the front, restoring it if minimized (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
