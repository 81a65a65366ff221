import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_50001, tempDir } from '../core/test-support/fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'electron/cli/bin.cjs');

/**
 * The built CLI, not the sources: bundling changes module interop (a default import that works under vitest once
 * broke every address check in the bundle), so the shipped file runs the whole workflow here.
 */
describe('the bundled assay command', () => {
  let tmp: ReturnType<typeof tempDir>;
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ASSAY_USER_DATA: tmp.dir } });

  // Bundling main, preload, renderer and CLI takes ~1 s idle but 20 s on a busy 2-core machine.
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'build/bundle.mjs')], { cwd: root });
    tmp = tempDir();
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('stops quietly when its reader closes the pipe early (`assay findings CASE --json | head`)', async () => {
    const demo = path.join(tmp.dir, 'pipe.assay');
    expect(run('demo', demo).status).toBe(0);
    const child = spawn(process.execPath, [bin, 'findings', demo, '--json'], { env: { ...process.env, ASSAY_USER_DATA: tmp.dir } });
    // Our end of its stdout closed before it writes: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  // Nine subprocesses, each loading the bundle: ~8 s idle, over 30 s on a busy machine.
  it('runs init, import, show, demo, analyze, findings, report and verify end to end', () => {
    const c = path.join(tmp.dir, 'case.assay');
    expect(run('init', c, '--title', 'Bundle check').status).toBe(0);
    const imported = run('import', c, BLOCK_50001, '--json');
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ format: 'bitcoin-core-json', counts: { transactions: 3 } });
    const shown = run('show', c, 'address', '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', '--json');
    expect(shown.status, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ received: '15000000000', txCount: 2 });

    const demo = path.join(tmp.dir, 'demo.assay');
    expect(run('demo', demo).status).toBe(0);
    const analyzed = run('analyze', demo, '--json');
    expect(analyzed.status, analyzed.stderr).toBe(0);
    const findings = run('findings', demo, '--json');
    expect(findings.status, findings.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(findings.stdout))).toMatch(/hash/i);

    const out = path.join(tmp.dir, 'package');
    const report = run('report', demo, '--out', out);
    expect(report.status, report.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'report.pdf'))).toBe(true);
    expect(run('verify', out).status).toBe(0);
    expect(run('verify', demo).status).toBe(0);
  }, 120_000);

  it('fails with a one-line reason and a non-zero exit', () => {
    const result = run('show', path.join(tmp.dir, 'missing.assay'), 'tx', 'ab');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^assay: /);
  });
});
