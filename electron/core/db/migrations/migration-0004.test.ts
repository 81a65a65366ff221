import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../test-support/fixtures';
import { migrate } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-analysis';
import { migration0003 } from './0003-coinbase-attribution';
import { migration0004 } from './0004-provenance-prices';

describe('migration 0004 (provenance and prices)', () => {
  let scratch: ReturnType<typeof scratchDatabase>;
  let db: Database.Database;
  beforeEach(() => {
    scratch = scratchDatabase();
    db = scratch.db;
  });
  afterEach(() => scratch.cleanup());
  const source = () =>
    db.prepare("INSERT INTO sources (id, kind, original_name, sha256, size, format, importer_version, imported_at, counts) VALUES (1, 'import', 'p.csv', 'x', 1, 'price-csv', '1', 'now', '{}')").run();

  it('takes a version 3 case with data to version 4 and keeps the data', () => {
    migrate(db, [migration0001, migration0002, migration0003]);
    db.prepare("INSERT INTO transactions (id, chain, txid) VALUES (1, 'BTC', 'aa')").run();
    migrate(db, [migration0001, migration0002, migration0003, migration0004]);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'prices'").pluck().get()).toMatch(/\bSTRICT\b/);
    expect(db.prepare('SELECT count(*) FROM transactions').pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('sources') WHERE name = 'provenance'").pluck().get()).toBe(1);
  });

  it('refuses malformed prices, currencies and rows without a source', () => {
    migrate(db, [migration0001, migration0002, migration0003, migration0004]);
    const put = db.prepare('INSERT INTO prices (asset, currency, at, price, origin_source_id) VALUES (?, ?, ?, ?, ?)');
    expect(() => put.run('BTC', 'USD', 0, '1', 9)).toThrow(/FOREIGN KEY/);
    source();
    put.run('BTC', 'USD', 0, '26500.5', 1);
    expect(() => put.run('BTC', 'usd', 1, '1', 1)).toThrow(/CHECK/);
    expect(() => put.run('BTC', 'USD', 2, '-1', 1)).toThrow(/CHECK/);
    expect(() => put.run('BTC', 'USD', 3, '0', 1)).toThrow(/CHECK/);
    expect(() => put.run('BTC', 'USD', 0, '2', 1)).toThrow(/UNIQUE|PRIMARY/);
  });
});
