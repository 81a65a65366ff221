import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { scratchDatabase } from '../test-support/fixtures';
import { withoutReferenceChecks } from './batch-insert';

describe('withoutReferenceChecks', () => {
  let scratch: ReturnType<typeof scratchDatabase>;
  let db: Database.Database;
  const checks = (): unknown => db.pragma('foreign_keys', { simple: true });
  const insertDangling = () => db.prepare('INSERT INTO child (parent_id) VALUES (42)').run();
  beforeEach(() => {
    scratch = scratchDatabase();
    db = scratch.db;
    db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))');
  });
  afterEach(() => scratch.cleanup());

  it('lets the work’s own transaction write without checks, then turns them back on', () => {
    withoutReferenceChecks(db, db.transaction(insertDangling));
    expect(db.prepare('SELECT count(*) FROM child').pluck().get()).toBe(1);
    expect(checks()).toBe(1);
    expect(() => insertDangling()).toThrow(/FOREIGN KEY/);
  });

  it('turns them back on when the work fails', () => {
    expect(() => withoutReferenceChecks(db, () => {
      throw new Error('detector failed');
    })).toThrow('detector failed');
    expect(checks()).toBe(1);
  });

  it('leaves a database with checks off as it was, and changes nothing inside an open transaction', () => {
    db.transaction(() => {
      expect(() => withoutReferenceChecks(db, insertDangling)).toThrow(/FOREIGN KEY/);
    })();
    db.pragma('foreign_keys = OFF');
    withoutReferenceChecks(db, insertDangling);
    expect(checks()).toBe(0);
  });
});
