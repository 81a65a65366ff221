import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../shared/api/client';
import { createBackend } from '../api/create-backend';
import { inMemoryTransport } from '../api/in-memory-transport';
import { verifyAuditChain } from '../audit/audit-log';
import { sha256File } from '../import/file-digest';
import { BLOCK_50001, tempDir } from '../test-support/fixtures';
import { CaseFile } from './case-file';
import { anyPathPolicy, workspacePolicy, type LocationPolicy } from './locations';

describe('case.saveCopy (SQLite online backup)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let backend: ReturnType<typeof createBackend>;
  let api: ApiClient;
  const at = (name: string) => path.join(tmp.dir, name);
  const start = (locations: LocationPolicy) => {
    backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations });
    api = createClient(inMemoryTransport(backend));
  };
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    backend.session.close();
    tmp.cleanup();
  });

  it('writes a copy that opens as the same case, with its rows, while the case stays open, and audits it', async () => {
    start(anyPathPolicy());
    await api.call('case.create', { location: at('a.assay'), header: { title: 'Original' } });
    await api.call('import.run', { jobId: 'j', files: [backend.files.register(BLOCK_50001).id] });
    const saved = await api.call('case.saveCopy', { location: at('copy.assay') });
    expect(saved.location).toBe(at('copy.assay'));
    expect(saved.bytes).toBe(fs.statSync(at('copy.assay')).size);
    expect(await api.call('case.current', {})).toMatchObject({ title: 'Original', counts: { transactions: 3 } });
    const copyHash = await sha256File(at('copy.assay'));

    const copy = CaseFile.open(at('copy.assay'), { readonly: true });
    expect(copy.info('copy')).toMatchObject({ title: 'Original', caseId: backend.session.caseFile.caseId, counts: { transactions: 3, sources: 3 } });
    // case.create, two built-in reference sources, the import.
    expect(verifyAuditChain(copy.db)).toMatchObject({ ok: true, entries: 4 });
    copy.close();

    const last = backend.session.caseFile.db.prepare('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; details: string };
    expect(last.action).toBe('case.saveCopy');
    expect(JSON.parse(last.details)).toEqual({ fileName: 'copy.assay', bytes: saved.bytes, sha256: copyHash });
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('refuses to overwrite a file or the open case, and leaves nothing behind when the folder is missing', async () => {
    start(anyPathPolicy());
    await api.call('case.create', { location: at('a.assay'), header: { title: 'T' } });
    fs.writeFileSync(at('taken.assay'), 'keep');
    await expect(api.call('case.saveCopy', { location: at('taken.assay') })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(fs.readFileSync(at('taken.assay'), 'utf8')).toBe('keep');
    await expect(api.call('case.saveCopy', { location: at('a.assay') })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(api.call('case.saveCopy', { location: at('missing/copy.assay') })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(fs.existsSync(at('missing'))).toBe(false);
  });

  it('keeps copies inside the browser host workspace (no path escapes)', async () => {
    start(workspacePolicy(tmp.dir));
    await api.call('case.create', { location: 'a', header: { title: 'T' } });
    await expect(api.call('case.saveCopy', { location: '../escape.assay' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(api.call('case.saveCopy', { location: '/tmp/escape.assay' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await api.call('case.saveCopy', { location: 'copy' })).toMatchObject({ location: 'copy.assay' });
    expect(fs.existsSync(at('copy.assay'))).toBe(true);
  });

  it('needs an open case', async () => {
    start(anyPathPolicy());
    await expect(api.call('case.saveCopy', { location: at('x.assay') })).rejects.toMatchObject({ code: 'NO_CASE' });
  });

  it('copies a case whose latest writes are still in the WAL', async () => {
    start(anyPathPolicy());
    await api.call('case.create', { location: at('a.assay'), header: { title: 'WAL' } });
    backend.session.caseFile.db.prepare("INSERT INTO case_meta (key, value) VALUES ('probe', 'in-wal')").run();
    expect(fs.statSync(`${at('a.assay')}-wal`).size).toBeGreaterThan(0);
    await api.call('case.saveCopy', { location: at('copy.assay') });
    const db = new Database(at('copy.assay'), { readonly: true });
    expect(db.prepare("SELECT value FROM case_meta WHERE key = 'probe'").pluck().get()).toBe('in-wal');
    db.close();
  });
});
