import { describe, expect, it } from 'vitest';
import { appendAudit, auditRowHash, GENESIS_HASH, verifyAuditChain } from '../../audit/audit-log';
import { useScratchDatabase } from '../../test-support/scratch-db';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';
import { migration0003 } from './0003-coinbase-attribution';
import { migration0004 } from './0004-provenance-prices';
import { migration0005 } from './0005-audit-content';

describe('migration 0005 (audit content digest)', () => {
  const scratch = useScratchDatabase();

  it('keeps a version 4 chain intact and records digests from then on', () => {
    const { db } = scratch;
    migrate(db, [migration0001, migration0002, migration0003, migration0004]);
    const at = '2026-01-01T00:00:00.000Z';
    // A version 4 entry: its hash covers five fields, no digest.
    const hash = auditRowHash(GENESIS_HASH, 1, at, 'analyst', 'case.create', '{}', null);
    db.prepare('INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (1, ?, ?, ?, ?, ?, ?)').run(at, 'analyst', 'case.create', '{}', GENESIS_HASH, hash);
    migrate(db, [migration0001, migration0002, migration0003, migration0004, migration0005]);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1 });
    appendAudit(db, 'note', {});
    expect(db.prepare('SELECT content_digest FROM audit_log WHERE seq = 2').pluck().get()).toMatch(/"tags":\{"rows":0,"sha256":"[0-9a-f]{64}"\}/);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 2 });
  });
});
