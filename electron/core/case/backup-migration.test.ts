import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import { ASSAY_APPLICATION_ID } from '../db/open-database';
import { migrate } from '../db/migrate';
import { migration0001 } from '../db/migrations/0001-initial';
import { CaseFile } from './case-file';
import { migrationBackupPath } from './backup';

// A build that knows one schema version more than the case was written with, whatever the real latest is today.
vi.mock('../db/migrations', async () => {
  const { migration0001: first } = await import('../db/migrations/0001-initial');
  const next = { version: 2, name: 'test upgrade', up: 'CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY) STRICT;' };
  return { migrations: [first, next], LATEST_SCHEMA_VERSION: 2 };
});

describe('opening a case from an older schema', () => {
  let tmp: ReturnType<typeof tempDir>;
  let casePath: string;
  beforeEach(() => {
    tmp = tempDir();
    casePath = path.join(tmp.dir, 'old.assay');
    const db = new Database(casePath);
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${ASSAY_APPLICATION_ID}`);
    migrate(db, [migration0001]);
    db.prepare("INSERT INTO case_meta (key, value) VALUES ('title', 'Version one')").run();
    db.close();
  });
  afterEach(() => tmp.cleanup());

  const tables = (db: Database.Database) => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();

  it('backs the file up as <case>.v1.bak, then migrates it', () => {
    const before = fs.readFileSync(casePath);
    const file = CaseFile.open(casePath);
    expect(file.db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(file.db)).toContain('upgrade_probe');
    file.close();

    const backup = new Database(`${casePath}.v1.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('application_id', { simple: true })).toBe(ASSAY_APPLICATION_ID);
    expect(backup.prepare("SELECT value FROM case_meta WHERE key = 'title'").pluck().get()).toBe('Version one');
    expect(tables(backup)).not.toContain('upgrade_probe');
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
    expect(fs.readFileSync(casePath).equals(before)).toBe(false);
  });

  it('backs up once: a case already at the latest version opens without a new backup', () => {
    CaseFile.open(casePath).close();
    CaseFile.open(casePath).close();
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual(['old.assay.v1.bak']);
  });

  it('never overwrites an earlier backup of the same version', () => {
    fs.writeFileSync(`${casePath}.v1.bak`, 'an older backup');
    CaseFile.open(casePath).close();
    expect(fs.readFileSync(`${casePath}.v1.bak`, 'utf8')).toBe('an older backup');
    expect(fs.existsSync(`${casePath}.v1.2.bak`)).toBe(true);
    expect(migrationBackupPath(casePath, 1)).toBe(`${casePath}.v1.3.bak`);
  });

  it('does not back up or migrate on a read-only open', () => {
    const file = CaseFile.open(casePath, { readonly: true });
    expect(file.db.pragma('user_version', { simple: true })).toBe(1);
    file.close();
    expect(fs.existsSync(`${casePath}.v1.bak`)).toBe(false);
  });
});
