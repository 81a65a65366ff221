import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../case/case-file';
import { testCase } from '../../import/test-case';
import { fixture, tempDir } from '../../test-support/fixtures';
import { verifyPath } from '../../verify/verify-path';

/** Attacks 4 and 5 of issue 12: a case file edited with the sqlite3 shell to rewrite evidence or to hang the app. */
describe('attack: a crafted case file is refused before anything in it runs', () => {
  let tmp: ReturnType<typeof tempDir>;
  let pristine: string;
  let copies = 0;
  beforeAll(async () => {
    tmp = tempDir('assay-attack-case-');
    const c = testCase();
    await c.import(fixture('graphsense-tagpacks/packs/lazarus.yaml'));
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    pristine = path.join(tmp.dir, 'pristine.assay');
    fs.copyFileSync(path.join(c.dir, 'case.assay'), pristine);
    c.close();
  }, 60_000);
  afterAll(() => tmp.cleanup());

  /** A copy of the case edited as with the sqlite3 shell (no Assay code involved). */
  const tampered = (sql: string): string => {
    const file = path.join(tmp.dir, `t${(copies += 1)}.assay`);
    fs.copyFileSync(pristine, file);
    const db = new Database(file);
    db.exec(sql);
    db.close();
    return file;
  };
  const labels = (file: string): string[] => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT label FROM tags ORDER BY id').pluck().all() as string[];
    } finally {
      db.close();
    }
  };

  it('a trigger that relabels every tag on the next audit entry is refused on open, naming it; the tags stay as imported', () => {
    const file = tampered(`CREATE TRIGGER relabel AFTER INSERT ON audit_log BEGIN UPDATE tags SET label = 'innocent exchange'; END;`);
    const before = labels(file);
    expect(() => CaseFile.open(file)).toThrow(/changed outside Assay .*trigger "relabel" on "audit_log"/);
    expect(() => CaseFile.open(file, { readonly: true })).toThrow(/trigger "relabel"/);
    expect(labels(file)).toEqual(before);
    expect(before).not.toContain('innocent exchange');
    // The case can be opened again once the trigger is gone: the refusal released its lock.
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('verify names the extra trigger instead of answering OK', async () => {
    const file = tampered(`CREATE TRIGGER relabel AFTER INSERT ON audit_log BEGIN UPDATE tags SET label = 'x'; END;`);
    expect(await verifyPath(file)).toMatchObject({ ok: false, kind: 'case', item: 'trigger relabel', reason: expect.stringContaining('does not create') });
  });

  it('a recursive view in place of a table is refused at once instead of hanging', () => {
    const file = tampered(`DROP TABLE tags;
      CREATE VIEW tags AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id, 'BTC' AS chain, '' AS subject FROM r;`);
    const started = performance.now();
    expect(() => CaseFile.open(file)).toThrow(/view "tags" differs from the table Assay creates/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('an edited table definition, an extra index or a missing one are each refused by name', () => {
    expect(() => CaseFile.open(tampered('ALTER TABLE tags ADD COLUMN note TEXT;'))).toThrow(/table "tags" differs/);
    expect(() => CaseFile.open(tampered(`CREATE INDEX spy ON tags(label) WHERE label <> '';`))).toThrow(/index "spy" on "tags"/);
    expect(() => CaseFile.open(tampered('DROP INDEX tags_subject;'))).toThrow(/index "tags_subject" is missing/);
  });

  it('every connection has trusted_schema off and defensive mode on (no writable_schema edits)', () => {
    const c = CaseFile.open(pristine);
    try {
      expect(c.db.pragma('trusted_schema', { simple: true })).toBe(0);
      c.db.pragma('writable_schema = ON');
      expect(() => c.db.exec("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'tags'")).toThrow();
    } finally {
      c.close();
    }
  });

  it('case, lock and copy files are readable by the user only', async () => {
    const c = CaseFile.open(pristine);
    try {
      expect(fs.statSync(`${pristine}.lock`).mode & 0o077).toBe(0);
    } finally {
      c.close();
    }
    const fresh = CaseFile.create(path.join(tmp.dir, 'fresh.assay'), { title: 'perm' });
    try {
      expect(fs.statSync(path.join(tmp.dir, 'fresh.assay')).mode & 0o077).toBe(0);
      const { saveCopy } = await import('../../case/backup');
      await saveCopy(fresh.db, path.join(tmp.dir, 'fresh.assay'), path.join(tmp.dir, 'copy.assay'));
      expect(fs.statSync(path.join(tmp.dir, 'copy.assay')).mode & 0o077).toBe(0);
    } finally {
      fresh.close();
    }
  });
});
