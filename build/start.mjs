// `npm start` (after `npm run build`): runs the desktop app when an Electron binary is present; otherwise explains
// why and falls back to the browser host (`assay serve`), unless ASSAY_NO_FALLBACK=1 asks for a plain failure.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Runs a child with our stdio, forwards Ctrl-C/termination, and exits with its code. */
function runToExit(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`assay: could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectronBinary(root);
if (electron.exists && electron.path) {
  // A leftover ELECTRON_RUN_AS_NODE (set by some IDEs) would start Electron as plain Node and skip the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runToExit(electron.path, [root, ...args], env);
} else {
  console.error(
    [
      `assay: cannot start the desktop app: ${electron.reason}.`,
      '  To get Electron: with internet access run `node node_modules/electron/install.js`,',
      '  or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron 45 build.',
      '  Packaging (npm run dist:*) needs the same binary.',
    ].join('\n'),
  );
  if (process.env.ASSAY_NO_FALLBACK === '1') {
    console.error('assay: ASSAY_NO_FALLBACK=1, so not falling back to the browser host.');
    process.exit(1);
  }
  console.error('assay: falling back to the browser host (`assay serve`); open the URL it prints below in Chromium.\n');
  runToExit(process.execPath, [path.join(root, 'dist', 'cli', 'assay.cjs'), 'serve', ...args]);
}
