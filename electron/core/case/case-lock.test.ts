import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exited, spawnScript, waitForLine } from '../reliability/spawn-script';
import { tempDir } from '../test-support/fixtures';
import { CaseFile } from './case-file';
import { lockPathFor, releaseLockOf } from './case-lock';

describe('case lock', () => {
  let tmp: ReturnType<typeof tempDir>;
  let casePath: string;
  beforeEach(() => {
    tmp = tempDir();
    casePath = path.join(tmp.dir, 'c.assay');
    CaseFile.create(casePath, { title: 'Lock' }).close();
  });
  afterEach(() => tmp.cleanup());

  const holder = async () => {
    const child = spawnScript('hold-case.ts', [casePath]);
    await waitForLine(child, 'ready');
    return child;
  };

  it('refuses a case open in another running process, naming it, and allows it once that process closes it', async () => {
    const child = await holder();
    expect(() => CaseFile.open(casePath)).toThrow(
      expect.objectContaining({ code: 'CASE_LOCKED', details: expect.objectContaining({ pid: child.pid, hostname: os.hostname() }) }),
    );
    expect(() => CaseFile.open(casePath)).toThrow(new RegExp(`c\\.assay is open in another Assay instance \\(process ${child.pid}`));
    child.stdin.write('close\n');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(lockPathFor(casePath))).toBe(false);
    CaseFile.open(casePath).close();
  });

  it('takes over the lock of a killed process (stale: its pid is gone)', async () => {
    const child = await holder();
    child.kill('SIGKILL');
    await exited(child);
    expect(JSON.parse(fs.readFileSync(lockPathFor(casePath), 'utf8'))).toMatchObject({ pid: child.pid });
    const file = CaseFile.open(casePath);
    expect(JSON.parse(fs.readFileSync(lockPathFor(casePath), 'utf8'))).toMatchObject({ pid: process.pid });
    file.close();
  });

  it('lets the starter of a killed process clear its lock, and only a lock that still names that process', async () => {
    const child = await holder();
    child.kill('SIGKILL');
    await exited(child);
    const lockPath = lockPathFor(casePath);
    releaseLockOf(lockPath, process.pid);
    expect(fs.existsSync(lockPath)).toBe(true);
    releaseLockOf(lockPath, child.pid!);
    expect(fs.existsSync(lockPath)).toBe(false);
    const file = CaseFile.open(casePath);
    releaseLockOf(lockPath, child.pid!);
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    file.close();
  });

  it('leaves no lock when a process exits without closing the case', async () => {
    const child = await holder();
    child.stdin.write('exit\n');
    await exited(child);
    expect(fs.existsSync(lockPathFor(casePath))).toBe(false);
  });

  it('lets a second process read (read-only opens take no lock)', async () => {
    const child = await holder();
    const reader = CaseFile.open(casePath, { readonly: true });
    expect(reader.meta('title')).toBe('Lock');
    reader.close();
    expect(fs.existsSync(lockPathFor(casePath))).toBe(true);
    child.stdin.write('close\n');
    await exited(child);
  });

  it('refuses a lock held on another computer (it cannot be checked), and says how to clear it', () => {
    const owner = { pid: 1, hostname: 'other-laptop', startedAt: new Date().toISOString() };
    fs.writeFileSync(lockPathFor(casePath), JSON.stringify(owner));
    expect(() => CaseFile.open(casePath)).toThrow(/process 1 on other-laptop.*delete c\.assay\.lock/);
  });

  it('treats a lock from before this boot as stale even if its pid is alive now', () => {
    const bootedLongAgo = { pid: 1, hostname: os.hostname(), startedAt: new Date(Date.now() - (os.uptime() + 60) * 1000).toISOString() };
    fs.writeFileSync(lockPathFor(casePath), JSON.stringify(bootedLongAgo));
    CaseFile.open(casePath).close();
  });

  it('refuses a lock of a live process on this computer (pid 1 is always alive)', () => {
    fs.writeFileSync(lockPathFor(casePath), JSON.stringify({ pid: 1, hostname: os.hostname(), startedAt: new Date().toISOString() }));
    expect(() => CaseFile.open(casePath)).toThrow(expect.objectContaining({ code: 'CASE_LOCKED' }));
  });

  it('shares the lock between opens in one process and releases it with the last close', () => {
    const a = CaseFile.open(casePath);
    const b = CaseFile.open(casePath);
    a.close();
    expect(fs.existsSync(lockPathFor(casePath))).toBe(true);
    b.close();
    expect(fs.existsSync(lockPathFor(casePath))).toBe(false);
  });

  it('waits for a lock file still being written rather than stealing it, and takes an old unreadable one', () => {
    fs.writeFileSync(lockPathFor(casePath), '');
    expect(() => CaseFile.open(casePath)).toThrow(/being opened by another Assay instance/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPathFor(casePath), old, old);
    CaseFile.open(casePath).close();
  });

  it('does not leave a lock behind when the open is refused', () => {
    fs.writeFileSync(path.join(tmp.dir, 'bad.assay'), 'not a database, long enough to read');
    expect(() => CaseFile.open(path.join(tmp.dir, 'bad.assay'))).toThrow(expect.objectContaining({ code: 'CASE_INVALID' }));
    expect(fs.existsSync(lockPathFor(path.join(tmp.dir, 'bad.assay')))).toBe(false);
    expect(() => CaseFile.open(path.join(tmp.dir, 'nope', 'x.assay'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
