import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../../shared/api/client';
import type { ImportProgress } from '../../../../shared/domain/source';
import { anyPathPolicy } from '../../case/locations';
import { fixture, tempDir } from '../../test-support/fixtures';
import { createBackend } from '../create-backend';
import { inMemoryTransport } from '../in-memory-transport';

describe('import API (through the dispatcher)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let backend: ReturnType<typeof createBackend>;
  let api: ApiClient;
  beforeEach(async () => {
    tmp = tempDir();
    backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
    api = createClient(inMemoryTransport(backend));
    await api.call('case.create', { location: path.join(tmp.dir, 'a.assay'), header: { title: 'API' } });
  });
  afterEach(() => {
    backend.session.close();
    tmp.cleanup();
  });

  it('previews, imports with progress events, pages the rejected rows, and tags a pasted list', async () => {
    const file = path.join(tmp.dir, 'sanctioned_addresses_XBT.txt');
    fs.copyFileSync(fixture('ofac-sanctioned-addresses/sanctioned_addresses_XBT.txt'), file);
    const ref = backend.files.register(file);
    expect(await api.call('import.preview', { file: ref.id })).toMatchObject({ format: 'sanctions-list', columns: [] });

    const progress: ImportProgress[] = [];
    const unsubscribe = backend.subscribe((name, payload) => {
      if (name === 'import.progress') progress.push(payload as ImportProgress);
    });
    const [result] = await api.call('import.run', { jobId: 'j1', files: [ref.id] });
    unsubscribe();
    expect(result!.counts.tags).toBe(434);
    expect(progress.at(-1)).toMatchObject({ jobId: 'j1', fileIndex: 0, fileCount: 1, file: 'sanctioned_addresses_XBT.txt', bytes: ref.size, totalBytes: ref.size });
    const page = await api.call('import.rejected', { sourceId: result!.sourceId, limit: 10 });
    expect(page).toEqual({ total: 1, rows: [expect.objectContaining({ file: 'sanctioned_addresses_XBT.txt', line: 355, field: 'address' })] });

    const pasted = await api.call('tags.paste', { chain: 'BTC', text: '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ\nbogus', label: 'Suspect wallet', category: 'perpetrator' });
    expect(pasted).toMatchObject({ format: 'pasted-addresses', counts: { tags: 1 }, rejectedCount: 1 });
    const sources = await api.call('sources.list', {});
    expect(sources.map((s) => s.format)).toEqual(['mining-pools', 'builtin-actors', 'sanctions-list', 'pasted-addresses']);
    await expect(api.call('import.rejected', { sourceId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
