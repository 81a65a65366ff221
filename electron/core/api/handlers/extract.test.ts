import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ApiClient } from '../../../../shared/api/client';
import { anyPathPolicy } from '../../case/locations';
import { writeBigQueryJsonl } from '../../demo/bigquery-jsonl';
import { generateDemo } from '../../demo/generator';
import { tempDir } from '../../test-support/fixtures';
import { createBackend } from '../create-backend';
import { inMemoryTransport } from '../in-memory-transport';

/** The dialog's two calls: the SQL to copy, and a local DuckDB run over chosen exports imported into the open case. */
describe('extract API (through the dispatcher)', () => {
  const tmp = tempDir();
  const jsonl = path.join(tmp.dir, 'demo.jsonl');
  const seed = generateDemo().truth.consolidationTxid;
  const spec = { from: [seed], hops: 2, since: null, until: null, maxDegree: null };
  let backend: ReturnType<typeof createBackend>;
  let api: ApiClient;
  beforeAll(async () => {
    await writeBigQueryJsonl(jsonl, {});
    backend = createBackend({ runtime: 'memory', userDataDir: tmp.dir, locations: anyPathPolicy() });
    api = createClient(inMemoryTransport(backend));
    await api.call('case.create', { location: path.join(tmp.dir, 'a.assay'), header: { title: 'Extract' } });
  });
  afterAll(() => {
    backend.session.close();
    tmp.cleanup();
  });

  it('prints the SQL of either dialect with its SHA-256, and refuses a bad seed or hop count by field', async () => {
    const bigquery = await api.call('extract.sql', { ...spec, dialect: 'bigquery' });
    expect(bigquery.sql).toContain('`bigquery-public-data.crypto_bitcoin.transactions`');
    expect(bigquery.sha256).toBe(createHash('sha256').update(bigquery.sql).digest('hex'));
    expect((await api.call('extract.sql', { ...spec, dialect: 'duckdb' })).sql).toContain('FROM transactions');
    const eth = await api.call('extract.sql', { ...spec, chain: 'ETH', from: ['0x64a018b23b4d7a077dffa6723462bc722861c5ad'], dialect: 'bigquery' });
    expect(eth.sql).toContain('`bigquery-public-data.crypto_ethereum.token_transfers`');
    await expect(api.call('extract.sql', { ...spec, chain: 'LTC', dialect: 'duckdb' } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(api.call('extract.sql', { ...spec, from: ["x' OR 1=1"], dialect: 'duckdb' })).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'from' } });
    await expect(api.call('extract.sql', { ...spec, hops: 99, dialect: 'duckdb' } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('runs the DuckDB query over an uploaded export and imports the rows with the query as provenance', async () => {
    const ref = backend.files.register(jsonl, 'demo.jsonl');
    const run = await api.call('extract.run', { ...spec, files: [ref.id] });
    const rows = run.files[0]?.rows ?? 0;
    expect(run.files).toEqual([{ table: 'transactions', rows }]);
    expect(rows).toBeGreaterThan(3);
    expect(run.sql).toBe((await api.call('extract.sql', { ...spec, dialect: 'duckdb' })).sql);
    expect(run.imported).toMatchObject([{ format: 'bitcoin-etl-jsonl', counts: { transactions: rows }, added: { transactions: rows }, rejectedCount: 0 }]);
    const sources = await api.call('sources.list', {});
    expect(sources.at(-1)).toMatchObject({ originalName: `extract-${run.sha256.slice(0, 16)}.jsonl`, querySha256: run.sha256 });
    expect(sources.filter((s) => s.querySha256 !== null)).toHaveLength(1);
    expect((await api.call('tx.get', { chain: 'BTC', txid: seed })).txid).toBe(seed);
  });
});
