import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { createBackend } from '../api/create-backend';
import { inMemoryTransport } from '../api/in-memory-transport';
import { anyPathPolicy } from '../case/locations';
import { tempDir } from '../test-support/fixtures';

export interface TestApi {
  api: ApiClient;
  backend: ReturnType<typeof createBackend>;
  tmp: ReturnType<typeof tempDir>;
}

/** Registers hooks giving each test a fresh case, with `files` imported, behind the in-memory transport. */
export function useTestCase(files: string[]): TestApi {
  const ctx = {} as TestApi;
  beforeEach(async () => {
    ctx.tmp = tempDir();
    ctx.backend = createBackend({ runtime: 'memory', userDataDir: ctx.tmp.dir, locations: anyPathPolicy() });
    ctx.api = createClient(inMemoryTransport(ctx.backend));
    await ctx.api.call('case.create', { location: path.join(ctx.tmp.dir, 'a.assay'), header: { title: 'Workspace test' } });
    await ctx.api.call('import.run', { jobId: 'j', files: files.map((f) => ctx.backend.files.register(f).id) });
  });
  afterEach(() => {
    ctx.backend.session.close();
    ctx.tmp.cleanup();
  });
  return ctx;
}
