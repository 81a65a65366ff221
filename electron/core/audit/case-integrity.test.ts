import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { exportPackage } from '../report/export-package';
import { ADDR_THIEF, buildReportCase } from '../report/test-support/report-case';
import { tempDir } from '../test-support/fixtures';
import { verifyPath } from '../verify/verify-path';
import { appendAudit } from './audit-log';

let tmp: ReturnType<typeof tempDir>;
let genuine: string;
let pkg: string;
const NOW = (): Date => new Date('2026-03-01T00:00:00Z');

/** A copy of the genuine case edited with the sqlite3 shell, as the tamperer did. */
function tampered(name: string, sql: string): string {
  const file = path.join(tmp.dir, `${name}.assay`);
  fs.copyFileSync(genuine, file);
  execFileSync('sqlite3', [file, sql]);
  return file;
}

const exportFrom = (caseFile: string, dir: string) =>
  exportPackage({ caseFile, outDir: path.join(tmp.dir, dir), zip: false, force: false, maxTableRows: 10, now: NOW, sections: ['summary'] });

beforeAll(async () => {
  tmp = tempDir();
  ({ file: genuine } = await buildReportCase(tmp.dir));
  pkg = path.join(tmp.dir, 'genuine-pkg');
  await exportFrom(genuine, 'genuine-pkg');
}, 120_000);
afterAll(() => tmp.cleanup());

describe('the audit chain covers the case content', () => {
  it('an untouched case verifies, with its content digest', async () => {
    expect(await verifyPath(genuine)).toMatchObject({ ok: true, summary: expect.stringContaining('content matches the digest recorded at entry') });
  });

  it('names a tag relabelled with sqlite3', async () => {
    const file = tampered('relabel', `UPDATE tags SET label = 'Exchange XYZ (verified KYC)' WHERE subject = '${ADDR_THIEF}'`);
    expect(await verifyPath(file)).toMatchObject({ ok: false, kind: 'case', item: 'case content', reason: expect.stringMatching(/tags \(\d+ rows, content edited\)/) });
  });

  it('names a finding set to accepted with sqlite3, and a deleted ledger row', async () => {
    const accepted = tampered('accept', "UPDATE findings SET status = 'accepted' WHERE status = 'new'");
    expect(await verifyPath(accepted)).toMatchObject({ ok: false, reason: expect.stringContaining('findings (3 rows, content edited)') });
    const dropped = tampered('drop', 'PRAGMA foreign_keys = OFF; DELETE FROM tx_inputs WHERE tx_id = (SELECT max(tx_id) FROM tx_inputs) AND vin = 0');
    expect(await verifyPath(dropped)).toMatchObject({ ok: false, reason: expect.stringMatching(/ledger \(\d+ rows recorded, \d+ now\)/) });
  });

  it('refuses to export from a tampered case or a broken chain', async () => {
    const file = tampered('relabel2', `UPDATE tags SET label = 'Exchange XYZ (verified KYC)' WHERE subject = '${ADDR_THIEF}'`);
    await expect(exportFrom(file, 'refused')).rejects.toMatchObject({ code: 'CASE_INVALID', message: expect.stringContaining('tags') });
    const broken = tampered('broken', "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1");
    await expect(exportFrom(broken, 'refused2')).rejects.toMatchObject({ code: 'CASE_INVALID', message: expect.stringContaining('audit entry 1') });
    expect(fs.existsSync(path.join(tmp.dir, 'refused'))).toBe(false);
  });

  it('changes made through Assay keep the case verifiable, each entry naming the examiner', async () => {
    const file = path.join(tmp.dir, 'worked.assay');
    fs.copyFileSync(genuine, file);
    const c = CaseFile.open(file);
    c.db.transaction(() => {
      c.db.prepare("UPDATE findings SET status = 'accepted', status_reason = 'checked' WHERE status = 'new'").run();
      appendAudit(c.db, 'finding.status', { status: 'accepted' });
    })();
    const actors = c.db.prepare('SELECT DISTINCT actor FROM audit_log').pluck().all();
    c.close();
    expect(actors).toEqual(['J. Doe']);
    expect(await verifyPath(file)).toMatchObject({ ok: true });
  });
});

describe('a package bound to its case', () => {
  it('verifies against the case it came from, also after the case moved on', async () => {
    expect(await verifyPath(pkg, { caseFile: genuine })).toMatchObject({ ok: true, summary: expect.stringContaining("holds the package's head at entry") });
    const later = path.join(tmp.dir, 'later.assay');
    fs.copyFileSync(genuine, later);
    const c = CaseFile.open(later);
    c.db.transaction(() => appendAudit(c.db, 'note', {}))();
    c.close();
    expect(await verifyPath(pkg, { caseFile: later })).toMatchObject({ ok: true });
  });

  it('fails against another case, and against a tampered one', async () => {
    const other = path.join(tmp.dir, 'other');
    fs.mkdirSync(other);
    const { file: otherCase } = await buildReportCase(other);
    expect(await verifyPath(pkg, { caseFile: otherCase })).toMatchObject({ ok: false, item: 'manifest.json caseId' });
    const file = tampered('relabel3', `UPDATE tags SET label = 'x' WHERE subject = '${ADDR_THIEF}'`);
    expect(await verifyPath(pkg, { caseFile: file })).toMatchObject({ ok: false, item: 'case file: case content' });
  });

  it('fails when the head is not in the case history (a chain rebuilt after the export)', async () => {
    // The tamperer puts the append-only trigger back afterwards (Assay refuses a case file without it).
    const file = tampered(
      'rebuilt',
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = (SELECT max(seq) FROM audit_log);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`,
    );
    const verdict = await verifyPath(pkg, { caseFile: file });
    expect(verdict).toMatchObject({ ok: false });
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'manifest.json'), 'utf8')) as { auditHead: string; contentDigest: string };
    expect(manifest.contentDigest).toMatch(/^[0-9a-f]{64}$/);
  });
});
