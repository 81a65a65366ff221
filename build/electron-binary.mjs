// Finds the Electron executable the way node_modules/electron/index.js does, without its side effect: requiring
// 'electron' from Node starts a download when the binary is missing, which hangs or fails offline.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const PLATFORM_EXECUTABLE = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * @param {string} projectDir the folder whose node_modules holds electron
 * @returns {{ path: string | null, exists: boolean, reason: string }}
 */
export function findElectronBinary(projectDir, env = process.env, platform = process.platform) {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(projectDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { path: null, exists: false, reason: 'the electron package is not installed (npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const executable = recorded || PLATFORM_EXECUTABLE[platform] || 'electron';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable);
    return fs.existsSync(candidate)
      ? { path: candidate, exists: true, reason: 'found via ELECTRON_OVERRIDE_DIST_PATH' }
      : { path: candidate, exists: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (!recorded) return { path: null, exists: false, reason: 'the Electron binary was never downloaded (no node_modules/electron/path.txt)' };
  const candidate = path.join(packageDir, 'dist', recorded);
  return fs.existsSync(candidate)
    ? { path: candidate, exists: true, reason: 'found in node_modules/electron/dist' }
    : { path: candidate, exists: false, reason: `the Electron binary is missing (${candidate})` };
}
