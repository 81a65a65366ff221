import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(__dirname, '..');
const startScript = path.join(root, 'build', 'start.mjs');
let tmp: string;

beforeEach(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-start-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A project folder with an electron package in the given download state. */
function fakeProject(state: { pathTxt?: string; binary?: boolean }): string {
  const pkg = path.join(tmp, 'project', 'node_modules', 'electron');
  fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'project', 'package.json'), '{}');
  fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  if (state.pathTxt) fs.writeFileSync(path.join(pkg, 'path.txt'), state.pathTxt);
  if (state.binary) fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '');
  return path.join(tmp, 'project');
}

describe('findElectronBinary', () => {
  it('reports a binary that was never downloaded, without trying to download it', () => {
    const found = findElectronBinary(fakeProject({}), {}, 'linux');
    expect(found).toEqual({ path: null, exists: false, reason: expect.stringContaining('never downloaded') });
  });

  it('reports a recorded but missing binary, and finds a present one', () => {
    const missing = findElectronBinary(fakeProject({ pathTxt: 'electron' }), {}, 'linux');
    expect(missing).toMatchObject({ exists: false, reason: expect.stringContaining('missing') });
    fs.rmSync(path.join(tmp, 'project'), { recursive: true });
    const present = findElectronBinary(fakeProject({ pathTxt: 'electron', binary: true }), {}, 'linux');
    expect(present).toMatchObject({ exists: true, path: path.join(tmp, 'project', 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH with the platform executable name', () => {
    const project = fakeProject({});
    fs.writeFileSync(path.join(tmp, 'electron.exe'), '');
    expect(findElectronBinary(project, { ELECTRON_OVERRIDE_DIST_PATH: tmp }, 'win32')).toMatchObject({ exists: true, path: path.join(tmp, 'electron.exe') });
    expect(findElectronBinary(project, { ELECTRON_OVERRIDE_DIST_PATH: tmp }, 'linux')).toMatchObject({ exists: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
  });

  it('says so when the electron package itself is absent', () => {
    fs.writeFileSync(path.join(tmp, 'package.json'), '{}');
    expect(findElectronBinary(tmp, {}, 'linux')).toMatchObject({ exists: false, reason: expect.stringContaining('not installed') });
  });
});

const runStart = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, [startScript, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });

describe.skipIf(process.platform === 'win32')('npm start (build/start.mjs)', () => {
  it('runs the Electron binary on the project folder and exits with its code', () => {
    const stub = path.join(tmp, 'electron');
    fs.writeFileSync(stub, '#!/bin/sh\necho "electron-stub args=$* run_as_node=${ELECTRON_RUN_AS_NODE:-unset}"\nexit 7\n', { mode: 0o755 });
    const result = runStart({ ELECTRON_OVERRIDE_DIST_PATH: tmp, ELECTRON_RUN_AS_NODE: '1' }, ['--inspect-case']);
    expect(result.stdout.trim()).toBe(`electron-stub args=${root} --inspect-case run_as_node=unset`);
    expect(result.status).toBe(7);
  });

  it('explains how to get Electron and exits non-zero with ASSAY_NO_FALLBACK=1', () => {
    const result = runStart({ ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'nowhere'), ASSAY_NO_FALLBACK: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot start the desktop app');
    expect(result.stderr).toContain('node node_modules/electron/install.js');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(result.stderr).toContain('ASSAY_NO_FALLBACK=1');
  });

  it.skipIf(!fs.existsSync(path.join(root, 'dist', 'cli', 'assay.cjs')))(
    'falls back to the browser host and prints its URL (needs `npm run build`)',
    async () => {
      const child = spawn(process.execPath, [startScript, '--no-open', '--workspace', path.join(tmp, 'workspace')], {
        cwd: root,
        env: { ...process.env, CI: '1', ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'nowhere'), ASSAY_NO_FALLBACK: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stdout);
          if (match) resolve(match[0]);
        });
        child.on('exit', (code) => reject(new Error(`start.mjs exited ${code}: ${stderr}`)));
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(stderr).toContain('falling back to the browser host');
      expect(url).toMatch(/token=/);
      expect(await exited).not.toBeNull();
    },
  );
});
