import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../audit/audit-log';
import { MAX_DOCUMENT_BYTES } from '../db/migrations/0006-documents';
import { BLOCK_50001 } from '../test-support/fixtures';
import { verifyPath } from '../verify/verify-path';
import { useTestCase } from '../workspace/test-api';

// SHA-256("abc"), the FIPS 180-2 test vector.
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('documents API', () => {
  const t = useTestCase([BLOCK_50001]);
  const db = () => t.backend.session.caseFile.db;
  const file = (name: string, content: string | Buffer = 'abc'): string => {
    const p = path.join(t.tmp.dir, name);
    fs.writeFileSync(p, content);
    return t.backend.files.register(p).id;
  };
  const finding = (): number =>
    db().transaction(() => {
      const id = Number(
        db()
          .prepare(`INSERT INTO findings (detector, fingerprint, severity, title, explanation, subjects, evidence, params, created_at, updated_at)
            VALUES ('M3a-cospend@1', 'f1', 'high', 'Co-spend', 'x', '[]', '{}', '{}', 'now', 'now')`)
          .run().lastInsertRowid,
      );
      appendAudit(db(), 'analysis.run', {});
      return id;
    })();

  it('stores the bytes with their SHA-256, received date, description and examiner; lists them; audits the addition', async () => {
    const added = await t.api.call('documents.add', { file: file('NiceHash return.pdf'), receivedAt: '2026-11-30', description: 'Subpoena 2026-117 return' });
    expect(added).toMatchObject({ id: 1, fileName: 'NiceHash return.pdf', sha256: SHA_ABC, size: 3, receivedAt: '2026-11-30', description: 'Subpoena 2026-117 return', findingId: null });
    expect(added.addedBy).toBe('analyst');
    expect(db().prepare('SELECT bytes FROM document_bytes WHERE document_id = 1').pluck().get()).toEqual(Buffer.from('abc'));
    expect(await t.api.call('documents.list', {})).toEqual([added]);
    const audit = db().prepare("SELECT details FROM audit_log WHERE action = 'document.add'").pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d) as unknown)).toEqual([expect.objectContaining({ id: 1, sha256: SHA_ABC, receivedAt: '2026-11-30' })]);
    expect(verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('refuses a file over the cap naming it, an impossible or future received date, and an unknown finding; writes nothing', async () => {
    const big = path.join(t.tmp.dir, 'big.bin');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_DOCUMENT_BYTES + 1);
    const before = db().prepare('SELECT count(*) FROM audit_log').pluck().get();
    await expect(t.api.call('documents.add', { file: t.backend.files.register(big).id, receivedAt: '2026-11-30' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'big.bin is 50.0 MB; a case keeps documents of up to 50.0 MB each.',
    });
    await expect(t.api.call('documents.add', { file: file('a.pdf'), receivedAt: '2026-02-30' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.api.call('documents.add', { file: file('a.pdf'), receivedAt: '2999-01-01' })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('future') });
    await expect(t.api.call('documents.add', { file: file('a.pdf'), receivedAt: '2026-11-30', findingId: 42 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(db().prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(db().prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('removes a document and its bytes, audited; refuses while it supports an accepted finding', async () => {
    const findingId = finding();
    const kept = await t.api.call('documents.add', { file: file('kyc.pdf'), receivedAt: '2026-11-01', findingId });
    const loose = await t.api.call('documents.add', { file: file('order.csv', 'id,btc\n1,0.5\n'), receivedAt: '2026-11-02' });
    await t.api.call('findings.setStatus', { id: findingId, status: 'accepted' });
    await expect(t.api.call('documents.remove', { id: kept.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining(`supports finding ${findingId}, which is accepted`),
    });
    expect(await t.api.call('documents.remove', { id: loose.id })).toEqual(loose);
    expect((await t.api.call('documents.list', {})).map((d) => d.id)).toEqual([kept.id]);
    expect(db().prepare('SELECT count(*) FROM document_bytes').pluck().get()).toBe(1);
    const removed = db().prepare("SELECT details FROM audit_log WHERE action = 'document.remove'").pluck().get() as string;
    expect(JSON.parse(removed)).toMatchObject({ id: loose.id, fileName: 'order.csv', sha256: loose.sha256 });
    // Once the finding is dismissed (a decision the audit log records) the document may go.
    await t.api.call('findings.setStatus', { id: findingId, status: 'dismissed', reason: 'the KYC reply names someone else' });
    await t.api.call('documents.remove', { id: kept.id });
    await expect(t.api.call('documents.remove', { id: kept.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a sqlite3 edit of a document row or of its bytes is named by verify CASE', async () => {
    await t.api.call('documents.add', { file: file('return.pdf'), receivedAt: '2026-11-30', description: 'Subpoena 2026-117' });
    const genuine = path.join(t.tmp.dir, 'a.assay');
    t.backend.session.close();
    expect(await verifyPath(genuine)).toMatchObject({ ok: true });
    const tampered = (name: string, sql: string): string => {
      const copy = path.join(t.tmp.dir, `${name}.assay`);
      fs.copyFileSync(genuine, copy);
      execFileSync('sqlite3', [copy, sql]);
      return copy;
    };
    expect(await verifyPath(tampered('date', "UPDATE documents SET received_at = '2026-10-01'"))).toMatchObject({
      ok: false,
      item: 'case content',
      reason: expect.stringContaining('documents (1 rows, content edited)'),
    });
    expect(await verifyPath(tampered('gone', 'DELETE FROM documents'))).toMatchObject({ ok: false, reason: expect.stringContaining('documents (1 rows recorded, 0 now)') });
    expect(await verifyPath(tampered('bytes', "UPDATE document_bytes SET bytes = CAST('abd' AS BLOB)"))).toMatchObject({
      ok: false,
      item: 'document 1 (return.pdf)',
      reason: expect.stringContaining('do not match the SHA-256'),
    });
  });
});
