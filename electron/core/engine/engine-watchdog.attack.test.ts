import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BLOCK_50001, BLOCK_50002 } from '../test-support/fixtures';
import { verifyCaseFile } from '../verify/verify-path';
import { STALLING_ENGINE, useEngine } from './test-support/engine-fixture';

/** Attack 5 of issue 12, beyond the schema check: whatever makes a call run away, the engine is cut and comes back. */
describe('attack: a call that never returns', () => {
  const { start, ok, dir } = useEngine();

  it('cuts a call that runs past its limit, restarts with the case, files and grants, and answers the calls sent meanwhile', async () => {
    const engine = start({ entry: STALLING_ENGINE, limits: { quickMs: 800 } });
    await ok('case.create', { location: 'kept', header: { title: 'Kept' } });
    const ref = await engine.registerFile(BLOCK_50001, 'block.json');
    const began = performance.now();
    const stalled = engine.call('graph.search', { query: 'stall' });
    // Sent while the engine spins: it has not begun these, so the restarted engine answers them.
    const meanwhile = engine.call('case.current', {});
    const stalledOutcome = await stalled;
    const elapsed = performance.now() - began;
    expect(stalledOutcome).toEqual({
      ok: false,
      error: {
        code: 'TIMEOUT',
        message: expect.stringMatching(/^graph\.search did not finish within its time limit of 800 ms; the engine was stopped and restarted and the case reopened/),
        details: { method: 'graph.search', limitMs: 800 },
      },
    });
    expect(elapsed).toBeGreaterThanOrEqual(790);
    expect(elapsed).toBeLessThan(5_000);
    expect(await meanwhile).toMatchObject({ ok: true, result: { title: 'Kept', fileName: 'kept.assay' } });
    expect(await ok('import.preview', { file: ref.id })).toMatchObject({ format: expect.any(String) });
    expect(await ok('graph.search', { query: 'Kept' })).toEqual(expect.any(Array));
  });

  it('a call killed mid-import (rows written, transaction open) leaves the case as it was, and its audit chain verifies', async () => {
    const engine = start({ entry: STALLING_ENGINE, limits: { longMs: 1_500 } });
    await ok('case.create', { location: 'evidence', header: { title: 'Evidence' } });
    const progress: unknown[] = [];
    engine.subscribe((name, payload) => name === 'import.progress' && progress.push(payload));
    const before = [await ok('case.current', {}), await ok('sources.list', {})];
    const ref = await engine.registerFile(BLOCK_50002, 'block-50002.json');
    const cut = await engine.call('import.run', { jobId: 'cut', files: [ref.id] });
    expect(cut).toMatchObject({ ok: false, error: { code: 'TIMEOUT', message: expect.stringContaining('import.run did not finish within its time limit of 1.5 s') } });
    expect(progress.length).toBeGreaterThan(0);
    expect([await ok('case.current', {}), await ok('sources.list', {})]).toEqual(before);
    await engine.close();
    // What `assay verify` runs on a case file: the audit chain, read from the file the killed process was writing.
    expect(verifyCaseFile(path.join(dir(), 'ws', 'evidence.assay'))).toMatchObject({ ok: true, kind: 'case' });
  });

  it('kills an engine stuck inside one native SQLite statement; the case opens again at once, intact', async () => {
    const engine = start({ entry: STALLING_ENGINE, limits: { quickMs: 1_000 } });
    await ok('case.create', { location: 'runaway', header: { title: 'Runaway' } });
    const file = path.join(dir(), 'ws', 'runaway.assay');
    // The engine process holds the case lock under its own pid.
    const lockOwner = (): number => (JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8')) as { pid: number }).pid;
    const stuck = lockOwner();
    expect(stuck).not.toBe(process.pid);
    expect(await engine.call('graph.search', { query: 'runaway-sql' })).toMatchObject({
      ok: false,
      error: { code: 'TIMEOUT', message: expect.stringMatching(/^graph\.search did not finish within its time limit of 1 s; the engine was stopped and restarted and the case reopened/) },
    });
    const began = performance.now();
    expect(await ok('case.current', {})).toMatchObject({ title: 'Runaway' });
    // Starting a process from TypeScript source takes most of this; the bundled engine starts in a fraction.
    expect(performance.now() - began).toBeLessThan(8_000);
    expect(() => process.kill(stuck, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    expect(lockOwner()).not.toBe(stuck);
    // Nothing keeps running the endless statement (a thread cut inside it would: this process would stay busy).
    const cpu = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const busy = process.cpuUsage(cpu);
    // Idle, this process uses about a millisecond a second; a thread left spinning took 150-490 ms (2 loaded cores).
    expect((busy.user + busy.system) / 1000).toBeLessThan(100);
    await engine.close();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(verifyCaseFile(file)).toMatchObject({ ok: true, kind: 'case' });
  });

  it('a process that dies mid-call is restarted with the case; the call fails as an internal error', async () => {
    const engine = start({ entry: STALLING_ENGINE });
    await ok('case.create', { location: 'survivor', header: { title: 'Survivor' } });
    expect(await engine.call('graph.search', { query: 'crash' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The engine stopped unexpectedly (exit code 3); see the application log.' },
    });
    expect(await ok('case.current', {})).toMatchObject({ title: 'Survivor' });
  });
});
