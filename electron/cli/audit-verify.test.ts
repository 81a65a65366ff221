import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_50001, BLOCK_50002, fixture, tempDir } from '../core/test-support/fixtures';
import { runCli } from './program';

type Row = { seq: number; at: string; actor: string; action: string; details: string; prev_hash: string; hash: string };
const COLUMNS = ['at', 'actor', 'action', 'details', 'prev_hash', 'hash'] as const;

/** `assay verify CASE` end to end: exit code and the one stderr line. */
async function verify(casePath: string): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(['verify', casePath], { out: () => undefined, err: (s) => void (err += s) });
  return { code, err };
}

describe('assay verify detects tampering with any audit row', () => {
  let tmp: ReturnType<typeof tempDir>;
  let pristine: string;
  let rows: Row[];
  let copies = 0;
  beforeAll(async () => {
    tmp = tempDir('assay-audit-');
    pristine = path.join(tmp.dir, 'case.assay');
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runCli(['init', pristine, '--title', 'Audit'], quiet)).toBe(0);
    expect(await runCli(['import', pristine, BLOCK_50001, BLOCK_50002], quiet)).toBe(0);
    expect(await runCli(['import', pristine, fixture('graphsense-tagpacks/packs/lazarus.yaml')], quiet)).toBe(0);
    const db = new Database(pristine, { readonly: true });
    rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
    db.close();
  });
  afterAll(() => tmp.cleanup());

  /** A copy of the case changed the way someone with a SQLite tool would: triggers dropped, then raw SQL. */
  function tampered(change: (db: Database.Database) => void): string {
    const target = path.join(tmp.dir, `t${(copies += 1)}.assay`);
    fs.copyFileSync(pristine, target);
    const db = new Database(target);
    // The attacker drops the append-only triggers, edits, and puts them back (a missing trigger is refused on sight).
    const triggers = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[];
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    change(db);
    for (const sql of triggers) db.exec(sql);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    return target;
  }

  it('passes the untouched case', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(await verify(pristine)).toEqual({ code: 0, err: '' });
  });

  it('detects an edit of every column of every row', async () => {
    for (const row of rows) {
      for (const column of COLUMNS) {
        const target = tampered((db) => db.prepare(`UPDATE audit_log SET ${column} = ${column} || ' ' WHERE seq = ?`).run(row.seq));
        const { code, err } = await verify(target);
        expect({ row: row.seq, column, code }).toEqual({ row: row.seq, column, code: 1 });
        expect(err).toMatch(/^assay: verification failed: audit entry \d+: .+\n$/);
      }
    }
  });

  it('detects the deletion of any row but the last', async () => {
    for (const row of rows.slice(0, -1)) {
      const { code } = await verify(tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(row.seq)));
      expect({ row: row.seq, code }).toEqual({ row: row.seq, code: 1 });
    }
  });

  it('detects any two adjacent rows swapped', async () => {
    for (const [a, b] of rows.slice(0, -1).map((row, i) => [row, rows[i + 1]!] as const)) {
      const target = tampered((db) => {
        const put = db.prepare('UPDATE audit_log SET at = ?, actor = ?, action = ?, details = ?, prev_hash = ?, hash = ? WHERE seq = ?');
        put.run(b.at, b.actor, b.action, b.details, b.prev_hash, b.hash, a.seq);
        put.run(a.at, a.actor, a.action, a.details, a.prev_hash, a.hash, b.seq);
      });
      const { code } = await verify(target);
      expect({ swapped: [a.seq, b.seq], code }).toEqual({ swapped: [a.seq, b.seq], code: 1 });
    }
  });

  it('detects renumbered rows (a gap or a duplicate position)', async () => {
    const { code } = await verify(tampered((db) => db.prepare('UPDATE audit_log SET seq = seq + 1 WHERE seq = ?').run(rows.at(-1)!.seq)));
    expect(code).toBe(1);
  });
});
