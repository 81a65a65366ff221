import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_50001, BLOCK_50002, tempDir } from '../test-support/fixtures';
import { verifyCaseFile } from '../verify/verify-path';
import { EngineClient, type EngineOptions } from './engine-client';

const STALLING_WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-support', 'stalling.worker.ts');

describe('the engine on a worker thread', () => {
  let tmp: ReturnType<typeof tempDir>;
  let engine: EngineClient;
  const start = (options: Partial<EngineOptions> = {}): EngineClient =>
    (engine = new EngineClient({
      runtime: 'browser-host',
      userDataDir: path.join(tmp.dir, 'user'),
      workspaceDir: path.join(tmp.dir, 'ws'),
      locations: { kind: 'workspace', dir: path.join(tmp.dir, 'ws') },
      ...options,
    }));
  const ok = async (method: string, params: unknown): Promise<unknown> => {
    const outcome = await engine.call(method, params);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
    return outcome.result;
  };
  beforeEach(() => {
    tmp = tempDir('assay-engine-');
    fs.mkdirSync(path.join(tmp.dir, 'ws'));
  });
  afterEach(async () => {
    await engine.close();
    tmp.cleanup();
  });

  it('answers calls, validation errors with their codes, file registrations and events from its backend', async () => {
    start();
    const events: string[] = [];
    engine.subscribe((name) => events.push(name));
    expect(await ok('app.info', {})).toMatchObject({ runtime: 'browser-host' });
    expect(await engine.call('case.open', { location: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'location' } } });
    expect(await engine.call('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    await ok('case.create', { location: 'one', header: { title: 'One' } });
    const ref = await engine.registerFile(BLOCK_50001, 'block.json');
    expect(ref).toMatchObject({ name: 'block.json', size: fs.statSync(BLOCK_50001).size });
    await expect(engine.registerFile(path.join(tmp.dir, 'missing.json'), 'missing.json')).rejects.toThrow();
    expect(await ok('import.run', { jobId: 'j', files: [ref.id] })).toMatchObject([{ counts: { transactions: 3 } }]);
    expect(events).toEqual(expect.arrayContaining(['case.changed', 'import.progress']));
  });

  it('asks its client for native dialogs, and no limit runs while one is open', async () => {
    const chosen = path.join(tmp.dir, 'chosen.assay');
    start({
      runtime: 'electron',
      locations: { kind: 'granted', paths: [] },
      limits: { quickMs: 300 },
      platform: { chooseNewCasePath: () => new Promise((resolve) => setTimeout(() => resolve(chosen), 600)) },
    });
    expect(await ok('case.chooseNew', { suggestedName: 'x' })).toBe(chosen);
    // The dialog's answer was granted inside the worker: the path may now be used.
    expect(await ok('case.create', { location: chosen, header: { title: 'Chosen' } })).toMatchObject({ title: 'Chosen' });
  });

  it('cuts a call that runs past its limit, restarts with the case, files and grants, and answers the calls sent meanwhile', async () => {
    start({ workerEntry: STALLING_WORKER, limits: { quickMs: 800 } });
    await ok('case.create', { location: 'kept', header: { title: 'Kept' } });
    const ref = await engine.registerFile(BLOCK_50001, 'block.json');
    const began = performance.now();
    const stalled = engine.call('graph.search', { query: 'stall' });
    // Sent while the worker spins: it has not begun these, so the restarted worker answers them.
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
    start({ workerEntry: STALLING_WORKER, limits: { longMs: 1_500 } });
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
    // What `assay verify` runs on a case file: the audit chain, read from the file the dead thread was writing.
    expect(verifyCaseFile(path.join(tmp.dir, 'ws', 'evidence.assay'))).toMatchObject({ ok: true, kind: 'case' });
  });
});
