import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-log';
import { tempDir } from '../test-support/fixtures';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { CaseFile } from './case-file';

describe('case files', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());
  const at = (name: string) => path.join(tmp.dir, name);

  it('creates a WAL, foreign-keyed case with its header and a first audit entry, and reopens it', () => {
    const created = CaseFile.create(at('c.assay'), { title: 'Op Flask', examiner: 'R. Ortiz', caseNumber: 'F-17' });
    expect(created.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(created.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const id = created.caseId;
    created.close();
    const reopened = CaseFile.open(at('c.assay'));
    const info = reopened.info('c.assay');
    expect(info).toMatchObject({ caseId: id, title: 'Op Flask', examiner: 'R. Ortiz', caseNumber: 'F-17', schemaVersion: LATEST_SCHEMA_VERSION });
    // case.create, then the two built-in reference sources (pool list, hash-rental actors).
    expect(verifyAuditChain(reopened.db)).toMatchObject({ ok: true, entries: 3 });
    reopened.close();
  });

  it('refuses to create over an existing file', () => {
    fs.writeFileSync(at('x.assay'), 'keep me');
    expect(() => CaseFile.create(at('x.assay'), { title: 'T' })).toThrow(/already exists/);
    expect(fs.readFileSync(at('x.assay'), 'utf8')).toBe('keep me');
  });

  it('refuses a file that is not SQLite, without touching it', () => {
    fs.writeFileSync(at('notes.assay'), 'just some text that is long enough');
    expect(() => CaseFile.open(at('notes.assay'))).toThrow(expect.objectContaining({ code: 'CASE_INVALID' }));
    expect(fs.readFileSync(at('notes.assay'), 'utf8')).toBe('just some text that is long enough');
  });

  it('refuses a SQLite database that is not a case', () => {
    const other = new Database(at('other.db'));
    other.exec('CREATE TABLE t (a)');
    other.close();
    const before = fs.readFileSync(at('other.db'));
    expect(() => CaseFile.open(at('other.db'))).toThrow(/not an Assay case/);
    expect(fs.readFileSync(at('other.db')).equals(before)).toBe(true);
  });

  it('refuses a corrupt case', () => {
    CaseFile.create(at('c.assay'), { title: 'T' }).close();
    const bytes = fs.readFileSync(at('c.assay'));
    bytes.fill(0x5a, 4096, bytes.length);
    fs.writeFileSync(at('c.assay'), bytes);
    expect(() => CaseFile.open(at('c.assay'))).toThrow(expect.objectContaining({ code: 'CASE_INVALID' }));
  });

  it('refuses a case from a newer version and leaves the file unchanged', () => {
    const c = CaseFile.create(at('new.assay'), { title: 'T' });
    c.db.pragma('user_version = 42');
    c.close();
    const before = fs.readFileSync(at('new.assay'));
    expect(() => CaseFile.open(at('new.assay'))).toThrow(expect.objectContaining({ code: 'CASE_TOO_NEW' }));
    expect(fs.readFileSync(at('new.assay')).equals(before)).toBe(true);
  });

  it('reports a missing file as not found', () => {
    expect(() => CaseFile.open(at('missing.assay'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
