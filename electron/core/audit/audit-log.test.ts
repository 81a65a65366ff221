import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { tempDir } from '../test-support/fixtures';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from './audit-log';

describe('audit log hash chain', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database.Database;
  beforeEach(() => {
    tmp = tempDir();
    db = new Database(path.join(tmp.dir, 'a.assay'));
    migrate(db);
    for (let i = 0; i < 5; i++) appendAudit(db, `action-${i}`, { i });
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const tamper = (sql: string): void => {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.exec(sql);
  };

  it('links each row to the previous one', () => {
    const rows = db.prepare('SELECT prev_hash AS prevHash, hash FROM audit_log ORDER BY seq').all() as { prevHash: string; hash: string }[];
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 5, head: rows[4]?.hash });
  });

  it('detects an edited row', () => {
    tamper(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = 3`);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, seq: 3 });
  });

  it('detects a deleted row', () => {
    tamper('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, seq: 3 });
  });

  it('detects reordered rows', () => {
    tamper('UPDATE audit_log SET seq = seq + 100 WHERE seq IN (2, 3); UPDATE audit_log SET seq = 3 WHERE seq = 102; UPDATE audit_log SET seq = 2 WHERE seq = 103;');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false });
  });
});
