import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { neighbourhoodSql } from './neighbourhood-sql';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'bigquery-2-hops.sql');

describe('neighbourhoodSql', () => {
  it('prints the BigQuery SQL for a txid and an address, 2 hops, a time window and a degree limit (golden text)', () => {
    const sql = neighbourhoodSql({
      from: ['F4184FC596403B9D638783CF57ADFE4C75C605F6356FBC91338530E9831E9E16', '12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'],
      hops: 2, since: 1231006505, until: 1262304000, maxDegree: 100, dialect: 'bigquery',
    });
    expect(sql).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('leaves out the bounds it was not given', () => {
    const sql = neighbourhoodSql({ from: ['12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'], hops: 1, since: null, until: null, maxDegree: null, dialect: 'duckdb' });
    expect(sql).not.toMatch(/block_timestamp >=|input_count \+/);
    expect(sql).toMatch(/list_has_any\(o\.addresses, \['12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'\]\)/);
  });

  it('refuses a seed that is neither a txid nor an address, so nothing can break out of a string literal', () => {
    const spec = { hops: 1, since: null, until: null, maxDegree: null, dialect: 'bigquery' as const };
    expect(() => neighbourhoodSql({ ...spec, from: ["x') OR TRUE --"] })).toThrow(/--from: neither a txid nor an address: "x'\) OR TRUE --"/);
    expect(() => neighbourhoodSql({ ...spec, from: [] })).toThrow(/at least one/);
  });
});
