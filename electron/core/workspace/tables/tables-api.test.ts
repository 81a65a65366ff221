import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_50001, BLOCK_50002 } from '../../test-support/fixtures';
import { useTestCase } from '../test-api';

describe('tables API', () => {
  const t = useTestCase([BLOCK_50001, BLOCK_50002]);

  it('pages transactions sorted by a whitelisted column, with the filtered total', async () => {
    const all = await t.api.call('tables.query', { table: 'transactions', sort: { column: 'block_height', direction: 'desc' }, limit: 2 });
    expect(all.total).toBe(t.backend.session.caseFile.db.prepare('SELECT count(*) FROM transactions').pluck().get());
    expect(all.rows).toHaveLength(2);
    const height = all.columns.findIndex((c) => c.key === 'block_height');
    expect(all.rows[0]?.[height]).toBe(50002);
    const next = await t.api.call('tables.query', { table: 'transactions', sort: { column: 'block_height', direction: 'desc' }, offset: 2, limit: 1000 });
    expect(next.rows.length).toBe(all.total - 2);
    expect(next.rows.at(-1)?.[height]).toBe(50001);
  });

  it('filters by substring over text columns and per column; LIKE wildcards in the filter are literal', async () => {
    const page = await t.api.call('tables.query', { table: 'transactions', filter: { text: '7940CDDE' } });
    expect(page.total).toBe(1);
    const byHeight = await t.api.call('tables.query', { table: 'transactions', filter: { columns: { block_height: '50001' } } });
    expect(byHeight.total).toBe(3);
    expect((await t.api.call('tables.query', { table: 'transactions', filter: { text: '%' } })).total).toBe(0);
    expect((await t.api.call('tables.query', { table: 'addresses', filter: { text: "' OR 1=1 --" } })).total).toBe(0);
  });

  it('keeps the rows whose chain times overlap the time window; case-work tables ignore it', async () => {
    const db = t.backend.session.caseFile.db;
    const times = db.prepare('SELECT DISTINCT block_time FROM transactions ORDER BY block_time').pluck().all() as number[];
    expect(times.length).toBe(2);
    const [early, late] = times as [number, number];
    const window = (from: number, to: number) => ({ table: 'transactions' as const, filter: { timeWindow: [from, to] as [number, number] } });
    const inEarly = db.prepare('SELECT count(*) FROM transactions WHERE block_time = ?').pluck().get(early);
    expect((await t.api.call('tables.query', window(early, late - 1))).total).toBe(inEarly);
    expect((await t.api.call('tables.query', window(late + 1, late + 2))).total).toBe(0);
    // An address counts while its first..last seen span touches the window.
    const addresses = (from: number, to: number) => t.api.call('tables.query', { table: 'addresses', filter: { timeWindow: [from, to] } });
    const spanning = db.prepare('SELECT count(*) FROM addresses WHERE first_seen IS NULL OR (first_seen <= ? AND last_seen >= ?)').pluck();
    expect((await addresses(late, late)).total).toBe(spanning.get(late, late));
    expect((await addresses(late, late)).total).toBeLessThan((await t.api.call('tables.query', { table: 'addresses' })).total);
    const audit = await t.api.call('tables.query', { table: 'audit' });
    expect((await t.api.call('tables.query', { table: 'audit', filter: { timeWindow: [0, 1] } })).total).toBe(audit.total);
    await expect(t.api.call('tables.query', window(5, 4))).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('shows every pool the lists name for a coinbase, so lists that disagree stay visible', async () => {
    const list = (name: string, pool: object) => {
      const file = path.join(t.tmp.dir, name);
      fs.writeFileSync(file, JSON.stringify([{ id: 1, addresses: [], tags: [], link: '', ...pool }]));
      return t.backend.files.register(file).id;
    };
    // Block 50001's coinbase pays 1PkqKGbN... and its scriptSig holds the byte 0x11 followed by "*".
    const files = [list('early.json', { name: 'Early Pool', addresses: ['1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ'] }), list('star.json', { name: 'Star Miner', tags: ['\\x11\\*'] })];
    await t.api.call('import.run', { jobId: 'lists', files });
    const page = await t.api.call('tables.query', { table: 'transactions', filter: { columns: { pools: 'Pool' } } });
    expect(page.total).toBe(1);
    expect(page.rows[0]?.[page.columns.findIndex((c) => c.key === 'pools')]).toBe('Early Pool / Star Miner');
  });

  it('refuses a column outside the whitelist, naming the field', async () => {
    await expect(t.api.call('tables.query', { table: 'audit', sort: { column: 'prev_hash', direction: 'asc' } })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'sort.column' },
    });
    await expect(t.api.call('tables.query', { table: 'sources', sort: { column: 'id; DROP TABLE x', direction: 'asc' } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('exports the filtered, sorted selection as CSV with formula cells neutralised', async () => {
    await t.api.call('annotations.add', {
      subject: { type: 'address', chain: 'BTC', id: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ' },
      annotation: { note: 'n', labels: [] },
    });
    const audit = await t.api.call('tables.exportCsv', { table: 'audit', filter: { text: 'annotation' } });
    const lines = audit.csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFseq,at,actor,action,details,hash');
    expect(audit.rows).toBe(1);
    expect(lines[1]).toContain('annotation.add');
    await t.api.call('tags.paste', { chain: 'BTC', text: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ', label: '=HYPERLINK("http://x","y")' });
    const addresses = await t.api.call('tables.exportCsv', { table: 'addresses', filter: { columns: { address: '1HaHTfmvoUW6' } } });
    expect(addresses.csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const sources = await t.api.call('tables.exportCsv', { table: 'sources', sort: { column: 'id', direction: 'desc' } });
    const ids = t.backend.session.caseFile.db.prepare('SELECT id FROM sources ORDER BY id DESC').pluck().all();
    expect(sources.rows).toBe(ids.length);
    expect(sources.fileName).toMatch(/^sources-\d{8}-\d{6}\.csv$/);
    expect(sources.csv.split('\r\n').slice(1, -1).map((line) => Number(line.split(',')[0]))).toEqual(ids);
  });
});
