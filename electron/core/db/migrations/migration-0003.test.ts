import { describe, expect, it } from 'vitest';
import { useScratchDatabase } from '../../test-support/scratch-db';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';
import { migration0003 } from './0003-coinbase-attribution';

describe('migration 0003 (attribution per coinbase)', () => {
  const scratch = useScratchDatabase();

  it('moves each block answer to that block\'s coinbase, keeps every list\'s answer and tags pool tags as regular expressions', () => {
    migrate(scratch.db, [migration0001, migration0002]);
    scratch.db.exec(`
      INSERT INTO sources (id, kind, original_name, sha256, size, format, importer_version, imported_at, counts) VALUES
        (1, 'reference', 'pools-v2.json', 'x', 1, 'mining-pools', '1', 'now', '{}'), (2, 'import', 'pools.json', 'y', 1, 'mining-pools', '1', 'now', '{}');
      INSERT INTO pools (id, list_source_id, slug, name) VALUES (10, 1, 'f2pool', 'F2Pool'), (20, 2, 'antpool', 'AntPool');
      INSERT INTO pool_tags (pool_id, pattern) VALUES (10, '/F2Pool/'), (20, '/AntPool/');
      INSERT INTO transactions (id, chain, txid, block_hash, is_coinbase) VALUES
        (1, 'BTC', 'cb', 'blk', 1), (2, 'BTC', 'spend', 'blk', 0), (3, 'BTC', 'alone', NULL, 1);
      INSERT INTO block_attributions VALUES ('BTC', 'blk', 1, 10, 'address', 'payout address 1x'), ('BTC', 'blk', 2, 20, 'tag', 'coinbase tag /AntPool/');
    `);
    migrate(scratch.db, [migration0001, migration0002, migration0003]);
    expect(scratch.db.pragma('user_version', { simple: true })).toBe(3);
    expect(scratch.db.prepare('SELECT * FROM coinbase_attributions ORDER BY list_source_id').all()).toEqual([
      { tx_id: 1, list_source_id: 1, pool_id: 10, method: 'address', evidence: 'payout address 1x' },
      { tx_id: 1, list_source_id: 2, pool_id: 20, method: 'tag', evidence: 'coinbase tag /AntPool/' },
    ]);
    expect(scratch.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'block_attributions'").pluck().get()).toBe(0);
    expect(scratch.db.prepare('SELECT DISTINCT syntax FROM pool_tags').pluck().all()).toEqual(['regex']);
    expect(scratch.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'coinbase_attributions'").pluck().get()).toMatch(/\bSTRICT\b/);
  });

  it('ties answers to real coinbases and lists, one per list, and knows only two tag syntaxes', () => {
    migrate(scratch.db, [migration0001, migration0002, migration0003]);
    expect(() => scratch.db.prepare("INSERT INTO coinbase_attributions VALUES (99, 1, NULL, 'unknown', NULL)").run()).toThrow(/FOREIGN KEY/);
    scratch.db.exec(`INSERT INTO sources (id, kind, original_name, sha256, size, format, importer_version, imported_at, counts) VALUES (1, 'import', 'p', 'x', 1, 'mining-pools', '1', 'now', '{}');
      INSERT INTO transactions (id, chain, txid, is_coinbase) VALUES (1, 'BTC', 'cb', 1);
      INSERT INTO pools (id, list_source_id, slug, name) VALUES (10, 1, 'a', 'A');`);
    scratch.db.prepare("INSERT INTO coinbase_attributions VALUES (1, 1, NULL, 'unknown', NULL)").run();
    expect(() => scratch.db.prepare("INSERT INTO coinbase_attributions VALUES (1, 1, 10, 'tag', 'x')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => scratch.db.prepare("INSERT INTO pool_tags (pool_id, pattern, syntax) VALUES (10, 'x', 'glob')").run()).toThrow(/CHECK/);
  });
});
