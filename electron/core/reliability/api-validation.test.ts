import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/methods';
import { createBackend } from '../api/create-backend';
import { dispatch } from '../api/dispatcher';
import { anyPathPolicy } from '../case/locations';
import { tempDir } from '../test-support/fixtures';

/** Arguments no method accepts: wrong JSON types for the whole params, and an object with a key no schema names. */
const MALFORMED: readonly unknown[] = [42, 'case.assay', true, [], [{}], { unexpectedKey: 1 }, { __proto__: { polluted: true }, constructor: 'x' }];

describe('every API method validates its arguments before its handler runs', () => {
  let tmp: ReturnType<typeof tempDir>;
  let backend: ReturnType<typeof createBackend>;
  beforeAll(() => {
    tmp = tempDir();
    // No case is open: a handler that ran would answer NO_CASE (or act); VALIDATION proves the schema stopped it first.
    backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
  });
  afterAll(() => {
    backend.session.close();
    tmp.cleanup();
  });

  for (const name of Object.keys(methods)) {
    it(name, async () => {
      for (const params of MALFORMED) {
        const outcome = await dispatch(backend, name, params);
        expect({ params, outcome }).toMatchObject({ params, outcome: { ok: false, error: { code: 'VALIDATION' } } });
      }
    });
  }

  it('refuses an unknown method by name, without running anything', async () => {
    expect(await dispatch(backend, 'case.delete', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(backend, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(backend, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
