import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../audit/audit-log';
import { useScratchDatabase } from '../../test-support/scratch-db';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';
import { migration0003 } from './0003-coinbase-attribution';
import { migration0004 } from './0004-provenance-prices';
import { migration0005 } from './0005-audit-content';
import { MAX_DOCUMENT_BYTES, migration0006 } from './0006-documents';

const UP_TO_5 = [migration0001, migration0002, migration0003, migration0004, migration0005];
const SHA = 'a'.repeat(64);

describe('migration 0006 (off-chain documents)', () => {
  const scratch = useScratchDatabase();
  const put = (over: { sha256?: string; receivedAt?: string; size?: number } = {}) =>
    scratch.db
      .prepare("INSERT INTO documents (file_name, sha256, size, received_at, added_at, added_by) VALUES ('r.pdf', ?, ?, ?, 'now', 'J. Doe')")
      .run(over.sha256 ?? SHA, over.size ?? 3, over.receivedAt ?? '2026-11-30');

  it('takes a version 5 case with an audit chain to version 6; its digests read and compare as before', () => {
    const { db } = scratch;
    migrate(db, UP_TO_5);
    appendAudit(db, 'case.create', {});
    const before = db.prepare('SELECT content_digest FROM audit_log').pluck().get() as string;
    migrate(db, [...UP_TO_5, migration0006]);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1 });
    // No document yet: the digest is the one a version 5 case records, without a documents group.
    appendAudit(db, 'note', {});
    expect(db.prepare('SELECT content_digest FROM audit_log WHERE seq = 2').pluck().get()).toBe(before);
    put();
    appendAudit(db, 'document.add', {});
    expect(db.prepare('SELECT content_digest FROM audit_log WHERE seq = 3').pluck().get()).toMatch(/"documents":\{"rows":1,"sha256":"[0-9a-f]{64}"\}/);
  });

  it('refuses malformed hashes and dates, oversized bytes, and bytes without a document; bytes go with their document', () => {
    const { db } = scratch;
    migrate(db, [...UP_TO_5, migration0006]);
    expect(() => put({ sha256: 'A'.repeat(64) })).toThrow(/CHECK/);
    expect(() => put({ sha256: 'a'.repeat(63) })).toThrow(/CHECK/);
    expect(() => put({ receivedAt: '30.11.2026' })).toThrow(/CHECK/);
    expect(() => put({ size: MAX_DOCUMENT_BYTES + 1 })).toThrow(/CHECK/);
    const bytes = db.prepare('INSERT INTO document_bytes (document_id, bytes) VALUES (?, ?)');
    expect(() => bytes.run(9, Buffer.from('abc'))).toThrow(/FOREIGN KEY/);
    const id = Number(put().lastInsertRowid);
    expect(() => bytes.run(id, Buffer.alloc(MAX_DOCUMENT_BYTES + 1))).toThrow(/CHECK/);
    bytes.run(id, Buffer.from('abc'));
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM document_bytes').pluck().get()).toBe(0);
  });
});
