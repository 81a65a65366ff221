import { describe, expect, it } from 'vitest';
import { useScratchDatabase } from '../../test-support/scratch-db';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';

describe('migration 0002 (analysis)', () => {
  const scratch = useScratchDatabase();

  it('takes a version 1 case with data to version 2 and keeps the data', () => {
    migrate(scratch.db, [migration0001]);
    scratch.db.prepare("INSERT INTO transactions (id, chain, txid) VALUES (1, 'BTC', 'aa')").run();
    scratch.db.prepare("INSERT INTO addresses (id, chain, address) VALUES (7, 'BTC', 'bc1q')").run();
    migrate(scratch.db, [migration0001, migration0002]);
    expect(scratch.db.pragma('user_version', { simple: true })).toBe(2);
    const tables = scratch.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    const added = ['analysis_settings', 'clusters', 'cluster_members', 'cluster_evidence', 'output_lineage', 'pool_payouts'];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(added));
    for (const t of tables.filter((x) => added.includes(x.name))) expect(t.sql, t.name).toMatch(/\bSTRICT\b/);
    expect(scratch.db.prepare('SELECT count(*) FROM transactions').pluck().get()).toBe(1);
  });

  it('ties evidence to real transactions and members to real clusters', () => {
    migrate(scratch.db, [migration0001, migration0002]);
    expect(() => scratch.db.prepare("INSERT INTO cluster_evidence (heuristic, tx_id, confidence, merged) VALUES ('C1', 99, 90, 1)").run()).toThrow(/FOREIGN KEY/);
    scratch.db.prepare("INSERT INTO addresses (id, chain, address) VALUES (7, 'BTC', 'bc1q')").run();
    expect(() => scratch.db.prepare('INSERT INTO cluster_members (address_id, cluster_id) VALUES (7, 7)').run()).toThrow(/FOREIGN KEY/);
    expect(() => scratch.db.prepare("INSERT INTO output_lineage VALUES (1, 0, 'x', 1.5, 1, 1)").run()).toThrow(/CHECK/);
  });
});
