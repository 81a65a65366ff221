import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/fixtures';
import { writeCsv } from './write-csv';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('writeCsv', () => {
  it('round-trips hostile text through an RFC 4180 parser, neutralising only text-column formulas', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (label TEXT, amount INTEGER)');
    const values = ['plain', 'comma, inside', 'quote " inside', 'line\nbreak', 'cr\ronly', '=1+2', '@cmd', '', 'ünïcødé ‮'];
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    values.forEach((v, i) => insert.run(v, i % 2 === 0 ? -i * 1000 : null));
    const file = path.join(tmp.dir, 't.csv');
    const rows = await writeCsv(db, {
      name: 't',
      about: 'test',
      columns: [{ name: 'label', kind: 'text', about: '' }, { name: 'amount', kind: 'number', about: '' }],
      sql: ['SELECT label, amount FROM t WHERE rowid <= 4 ORDER BY rowid', 'SELECT label, amount FROM t WHERE rowid > 4 ORDER BY rowid'],
    }, file);
    expect(rows).toBe(values.length);
    const parsed = parse(fs.readFileSync(file), { bom: true, columns: true, record_delimiter: '\r\n' }) as { label: string; amount: string }[];
    expect(parsed.map((r) => r.label)).toEqual(values.map((v) => (/^[=@]/.test(v) ? `'${v}` : v)));
    expect(parsed.map((r) => r.amount)).toEqual(values.map((_v, i) => (i % 2 === 0 ? String(-i * 1000) : '')));
    expect(fs.readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes coin columns as exact whole coins of the row\'s chain, from integers beyond float precision', async () => {
    const db = new Database(':memory:');
    const file = path.join(tmp.dir, 'coins.csv');
    await writeCsv(db, {
      name: 'coins',
      about: 'test',
      columns: [{ name: 'chain', kind: 'text', about: '' }, { name: 'value_sat', kind: 'number', about: '' }, { name: 'value_btc', kind: 'coin', about: '' }],
      sql: "SELECT 'BTC', 2099999997690000, 2099999997690000 UNION ALL SELECT 'ETH', '123456789012345678901', '123456789012345678901' UNION ALL SELECT 'BTC', NULL, NULL",
    }, file);
    expect(fs.readFileSync(file, 'utf8').split('\r\n').slice(1, 4)).toEqual([
      'BTC,2099999997690000,20999999.97690000',
      'ETH,123456789012345678901,123.456789012345678901',
      'BTC,,',
    ]);
  });

  it('refuses to overwrite an existing file', async () => {
    const db = new Database(':memory:');
    const file = path.join(tmp.dir, 'exists.csv');
    fs.writeFileSync(file, 'x');
    await expect(writeCsv(db, { name: 'x', about: '', columns: [{ name: 'a', kind: 'text', about: '' }], sql: 'SELECT 1' }, file)).rejects.toThrow(/EEXIST/);
  });
});
