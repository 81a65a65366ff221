import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, type ElectronBinary } from '../../build/electron-binary.mjs';

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Whether an Electron binary is available (node_modules/electron/dist or ELECTRON_OVERRIDE_DIST_PATH), and why not. */
export function electronBinary(): ElectronBinary {
  return findElectronBinary(PROJECT_DIR);
}

/**
 * Chromium refuses to start as root with its OS sandbox on (CI containers run as root); the renderer keeps
 * contextIsolation and the JS sandbox either way.
 */
export const rootSandboxArgs = (): string[] => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);
