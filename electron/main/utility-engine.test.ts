import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient } from '../core/engine/engine-client';
import { STALLING_ENGINE } from '../core/engine/test-support/engine-fixture';
import { fakeElectron } from './test-support/fake-electron';
import { utilityEngine } from './utility-engine';

let dir: string;
let engine: EngineClient;
const consoleError = console.error;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-utility-'));
  const { asShell } = fakeElectron();
  engine = new EngineClient({
    runtime: 'electron',
    userDataDir: dir,
    locations: { kind: 'granted', paths: [] },
    entry: STALLING_ENGINE,
    limits: { quickMs: 1_000 },
    launch: utilityEngine(asShell.utilityProcess),
  });
});
afterEach(async () => {
  await engine.close();
  console.error = consoleError;
  fs.rmSync(dir, { recursive: true, force: true });
});

const ok = async (method: string, params: unknown): Promise<unknown> => {
  const outcome = await engine.call(method, params);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.result;
};

describe('the engine as a utility process (process.parentPort; Node behind the fake)', () => {
  it('kills one stuck in a native SQLite statement and reopens the case in the next', async () => {
    const caseFile = path.join(dir, 'Stuck.assay');
    engine.grant(caseFile);
    await ok('case.create', { location: caseFile, header: { title: 'Stuck' } });
    expect(await engine.call('graph.search', { query: 'runaway-sql' })).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    expect(await ok('case.current', {})).toMatchObject({ title: 'Stuck' });
  });

  it("passes the engine's error output to this process's console, which the application log copies", async () => {
    const logged = vi.fn();
    console.error = logged;
    expect(await engine.call('graph.search', { query: 'fail' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[assay engine\] .*internal error.*a bug in the engine/s)));
  });
});
