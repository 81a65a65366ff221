import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..');
const config = parse(fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8')) as {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string; name: string; mimeType: string }>;
  linux: { target: string[]; category: string; icon: string; executableName: string; maintainer: string; mimeTypes: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
};
const resource = (file: string) => path.join(root, config.directories.buildResources, file);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string): [number, number] => {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
};

describe('build/electron-builder.yml', () => {
  it('names the app, packs only the built bundles and unpacks the native addon', () => {
    expect(config).toMatchObject({ appId: 'org.assay.workbench', productName: 'Assay', directories: { output: 'dist/packages', buildResources: 'build' } });
    for (const dir of ['dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'dist/cli/**', 'package.json']) expect(config.files).toContain(dir);
    expect(config.files.some((f) => /^(electron|shared|renderer)\//.test(f))).toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });

  it('targets AppImage + deb, NSIS and DMG, and owns .assay files', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', executableName: 'assay', mimeTypes: ['application/x-assay-case'] });
    expect(config.linux.maintainer).toMatch(/<[^@>]+@[^>]+>$/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'assay', name: 'Assay case', mimeType: 'application/x-assay-case' })]);
  });

  it('refers to icons and entitlements that exist and are what they claim', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(resource(config.linux.icon), `${size}x${size}.png`))).toEqual([size, size]);
    }
    const ico = fs.readFileSync(resource(config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = fs.readFileSync(resource(config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const plist of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(fs.readFileSync(path.join(root, plist), 'utf8')).toContain('com.apple.security.cs.allow-jit');
    }
  });

  it('has dist scripts that install Electron-built native deps before packaging with this config', () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [name, flag] of [['dist:linux', '--linux'], ['dist:win', '--win'], ['dist:mac', '--mac']] as const) {
      expect(scripts[name]).toMatch(new RegExp(`install-app-deps && electron-builder --config build/electron-builder\\.yml ${flag}$`));
    }
  });
});

// Where electron-builder finds the fuse wire: a 32-byte sentinel, the wire version, its length, one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'];
const readFuses = (binary: Buffer): Record<string, string> => {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return Object.fromEntries(FUSES.map((name, i) => [name, String.fromCharCode(binary[at + 2 + i] ?? 0)]));
};

const built = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'].every((f) => fs.existsSync(path.join(root, f)));

// `npm test` builds before the unit tests; run `npm run build` first when running this file alone.
describe.skipIf(!built)('electron-builder --dir smoke test (offline, stub Electron; skipped until `npm run build`)', () => {
  let tmp: string;
  let unpacked: string;
  let output: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pack-'));
    const stub = path.join(tmp, 'electron-stub');
    fs.mkdirSync(stub);
    // Electron's shipped fuse defaults (1 = on): the packaged copy must come out with ours.
    fs.writeFileSync(path.join(stub, 'electron'), Buffer.concat([Buffer.from(`#!/bin/sh\n${FUSE_SENTINEL}`), Buffer.from([1, 8]), Buffer.from('10110001')]), { mode: 0o755 });
    output = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--config', 'build/electron-builder.yml',
        '--dir', '--linux',
        '-c.npmRebuild=false', // the default rebuild needs internet and deletes better-sqlite3's build here
        `-c.electronDist=${stub}`,
        `-c.directories.output=${path.join(tmp, 'out')}`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 170_000, env: { ...process.env, CI: '1' } },
    );
    unpacked = path.join(tmp, 'out', 'linux-unpacked');
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('packs the built main, preload, renderer and CLI into app.asar, without sources or maps', () => {
    expect(output.status, `${output.stdout}\n${output.stderr}`).toBe(0);
    const entries = listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((e) => e.split(path.sep).join('/'));
    for (const file of ['/dist/main/main.cjs', '/dist/preload/preload.cjs', '/dist/renderer/index.html', '/dist/cli/assay.cjs', '/package.json']) {
      expect(entries).toContain(file);
    }
    expect(entries).toContain('/node_modules/better-sqlite3/package.json');
    expect(entries.filter((e) => e.endsWith('.map') && e.startsWith('/dist/'))).toEqual([]);
    expect(entries.filter((e) => /^\/(electron|shared|renderer|build|e2e)\//.test(e))).toEqual([]);
  });

  it('keeps the better-sqlite3 addon outside the archive', () => {
    const addon = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(fs.existsSync(addon)).toBe(true);
  });

  it('flips the fuses in the packaged executable', () => {
    expect(readFuses(fs.readFileSync(path.join(unpacked, 'assay')))).toMatchObject({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      grantFileProtocolExtraPrivileges: '0',
    });
  });
});
