import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient } from '../core/engine/engine-client';
import { caseFileFromArgv, openCaseFromOs } from './open-from-os';

describe('caseFileFromArgv', () => {
  it('takes the last .assay argument, resolved against the launch folder, ignoring switches', () => {
    expect(caseFileFromArgv(['/opt/Assay/assay', 'cases/Heist.ASSAY'], '/home/a')).toBe(path.resolve('/home/a/cases/Heist.ASSAY'));
    expect(caseFileFromArgv(['electron', '.', '--no-sandbox', '/x/One.assay', '/x/Two.assay'], '/')).toBe(path.resolve('/x/Two.assay'));
    expect(caseFileFromArgv(['electron', '.', '--open=/x/Evil.assay'], '/')).toBeNull();
    expect(caseFileFromArgv(['assay', 'notes.txt'], '/')).toBeNull();
  });
});

describe('openCaseFromOs', () => {
  let dir: string;
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-open-os-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('logs, rather than throws, when the file is not a case', async () => {
    const engine = new EngineClient({ runtime: 'electron', userDataDir: dir, locations: { kind: 'granted', paths: [] } });
    const notACase = path.join(dir, 'Broken.assay');
    fs.writeFileSync(notACase, 'this is not sqlite');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await openCaseFromOs(engine, notACase);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not open ${notACase}`));
      expect(await engine.call('case.current', {})).toEqual({ ok: true, result: null });
    } finally {
      log.mockRestore();
      await engine.close();
    }
  });
});
