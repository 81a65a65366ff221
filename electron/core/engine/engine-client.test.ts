import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_50001 } from '../test-support/fixtures';
import { useEngine } from './test-support/engine-fixture';

describe('the engine in a child process', () => {
  const { start, ok, dir } = useEngine();

  it('answers calls, validation errors with their codes, file registrations and events from its backend', async () => {
    const engine = start();
    const events: string[] = [];
    engine.subscribe((name) => events.push(name));
    expect(await ok('app.info', {})).toMatchObject({ runtime: 'browser-host' });
    expect(await engine.call('case.open', { location: 42 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'location' } } });
    expect(await engine.call('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    await ok('case.create', { location: 'one', header: { title: 'One' } });
    const ref = await engine.registerFile(BLOCK_50001, 'block.json');
    expect(ref).toMatchObject({ name: 'block.json', size: fs.statSync(BLOCK_50001).size });
    await expect(engine.registerFile(path.join(dir(), 'missing.json'), 'missing.json')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such file: missing.json' });
    expect(await ok('import.run', { jobId: 'j', files: [ref.id] })).toMatchObject([{ counts: { transactions: 3 } }]);
    expect(events).toEqual(expect.arrayContaining(['case.changed', 'import.progress']));
  });

  it('asks its client for native dialogs, and no limit runs while one is open', async () => {
    const chosen = path.join(dir(), 'chosen.assay');
    start({
      runtime: 'electron',
      locations: { kind: 'granted', paths: [] },
      limits: { quickMs: 300 },
      platform: { chooseNewCasePath: () => new Promise((resolve) => setTimeout(() => resolve(chosen), 600)) },
    });
    expect(await ok('case.chooseNew', { suggestedName: 'x' })).toBe(chosen);
    // The dialog's answer was granted inside the engine: the path may now be used.
    expect(await ok('case.create', { location: chosen, header: { title: 'Chosen' } })).toMatchObject({ title: 'Chosen' });
  });
});
