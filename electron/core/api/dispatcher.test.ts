import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { anyPathPolicy } from '../case/locations';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { BLOCK_50001, BLOCK_50002, tempDir } from '../test-support/fixtures';
import { createBackend } from './create-backend';
import { inMemoryTransport } from './in-memory-transport';

describe('dispatcher over the in-memory transport', () => {
  let tmp: ReturnType<typeof tempDir>;
  let api: ApiClient;
  let backend: ReturnType<typeof createBackend>;

  beforeEach(() => {
    tmp = tempDir();
    backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
    api = createClient(inMemoryTransport(backend));
  });
  afterEach(() => {
    backend.session.close();
    tmp.cleanup();
  });

  it('creates a case, imports block 50001 and reads a transaction back with its values in satoshi', async () => {
    const info = await api.call('case.create', { location: path.join(tmp.dir, 'a.assay'), header: { title: 'Test case' } });
    expect(info.title).toBe('Test case');
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const [file] = [backend.files.register(BLOCK_50001)];
    const progress: number[] = [];
    api.on('import.progress', (p) => progress.push(p.bytes));
    const [result] = await api.call('import.run', { jobId: 'j1', files: [file!.id] });
    expect(result?.format).toBe('bitcoin-core-json');
    expect(result?.counts).toMatchObject({ blocks: 1, transactions: 3 });
    expect(progress.length).toBeGreaterThan(0);
    const tx = await api.call('tx.get', { txid: '7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a' });
    expect(tx.outputs).toEqual([
      expect.objectContaining({ vout: 0, address: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', value: '10000000000' }),
    ]);
    expect(tx.blockHeight).toBe(50001);
  });

  it('re-importing the same file adds no rows but records the second source', async () => {
    await api.call('case.create', { location: path.join(tmp.dir, 'b.assay'), header: { title: 'Dedupe' } });
    const first = backend.files.register(BLOCK_50001);
    const second = backend.files.register(BLOCK_50002);
    await api.call('import.run', { jobId: 'a', files: [first.id, second.id] });
    const [again] = await api.call('import.run', { jobId: 'b', files: [first.id] });
    expect(again?.added.transactions).toBe(0);
    expect(again?.counts.transactions).toBe(3);
    const current = await api.call('case.current', {});
    expect(current?.counts.transactions).toBe(3 + 1);
    const imports = (await api.call('sources.list', {})).filter((s) => s.format === 'bitcoin-core-json');
    expect(imports.map((s) => s.originalName)).toEqual([path.basename(BLOCK_50001), path.basename(BLOCK_50002), path.basename(BLOCK_50001)]);
  });

  it('rejects wrong arguments with a validation error naming the field', async () => {
    const error = await api.call('case.open', { location: 42 as unknown as string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'location' } });
  });

  it('rejects unknown methods and methods that need a case', async () => {
    await expect(api.call('nope' as 'app.info', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(api.call('tx.get', { txid: 'ab' })).rejects.toMatchObject({ code: 'NO_CASE' });
  });
});
