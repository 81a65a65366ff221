import { describe, expect, it } from 'vitest';
import { useScratchDatabase } from '../../test-support/scratch-db';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';

describe('migration 0001 (initial schema)', () => {
  const scratch = useScratchDatabase();

  it('takes an empty file to version 1 with STRICT tables', () => {
    migrate(scratch.db, [migration0001]);
    expect(scratch.db.pragma('user_version', { simple: true })).toBe(1);
    const tables = scratch.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['case_meta', 'sources', 'audit_log', 'transactions', 'tx_inputs', 'tx_outputs', 'transfers', 'addresses', 'tags', 'pools', 'annotations', 'offchain_links', 'findings', 'views']),
    );
    for (const table of tables) expect(table.sql, table.name).toMatch(/\bSTRICT\b/);
  });

  it('STRICT tables refuse a float amount', () => {
    migrate(scratch.db, [migration0001]);
    scratch.db.prepare("INSERT INTO transactions (id, chain, txid) VALUES (1, 'BTC', 'aa')").run();
    expect(() => scratch.db.prepare("INSERT INTO tx_outputs (tx_id, vout, value, script_type) VALUES (1, 0, 0.5, 'x')").run()).toThrow(/cannot store REAL/);
  });

  it('keeps the audit log append-only', () => {
    migrate(scratch.db, [migration0001]);
    scratch.db.prepare("INSERT INTO audit_log VALUES (1, 'now', 'a', 'b', '{}', 'p', 'h')").run();
    expect(() => scratch.db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => scratch.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('rolls back a failing migration as a whole, leaving the previous version', () => {
    migrate(scratch.db, [migration0001]);
    const broken = { version: 2, name: 'broken', up: 'CREATE TABLE half (a INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(scratch.db, [migration0001, broken])).toThrow();
    expect(scratch.db.pragma('user_version', { simple: true })).toBe(1);
    expect(scratch.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a case from a newer version without writing', () => {
    scratch.db.pragma('user_version = 99');
    expect(() => migrate(scratch.db, [migration0001])).toThrow(expect.objectContaining({ code: 'CASE_TOO_NEW' }));
    expect(scratch.db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(0);
  });
});
