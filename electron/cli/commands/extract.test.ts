import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../core/case/case-file';
import { generateDemo } from '../../core/demo/generator';
import { fixture, tempDir } from '../../core/test-support/fixtures';
import { cli } from '../testing/cli-run';

/** From a seed to an imported neighbourhood: extract with DuckDB over the demo JSON lines, then import the rows. */
describe('assay extract', () => {
  const tmp = tempDir();
  const input = path.join(tmp.dir, 'demo.jsonl');
  const out = path.join(tmp.dir, 'neighbourhood.jsonl');
  const casePath = path.join(tmp.dir, 'case.assay');
  const seed = generateDemo().truth.consolidationTxid;
  const run = cli;
  beforeAll(async () => {
    process.env.ASSAY_USER_DATA = path.join(tmp.dir, 'user-data');
    expect((await run('demo', input, '--jsonl')).code).toBe(0);
  });
  afterAll(() => tmp.cleanup());

  it('prints the BigQuery SQL by default', async () => {
    const { code, out: sql } = await run('extract', '--chain', 'BTC', '--from', seed, '--hops', '2', '--since', '2023-06-01', '--until', '2023-07-01');
    expect(code).toBe(0);
    expect(sql).toMatch(/^-- assay extract: the 2-hop neighbourhood/);
    expect(sql).toContain('`bigquery-public-data.crypto_bitcoin.transactions`');
    expect(sql).toContain(`TIMESTAMP_SECONDS(${Date.parse('2023-06-01') / 1000})`);
  });

  it('runs locally with DuckDB, and the import records the query and its SHA-256 as the provenance', async () => {
    const extracted = await run('extract', '--from', seed, '--hops', '2', '--dialect', 'duckdb', '--input', input, '--out', out);
    expect(extracted.code, extracted.err).toBe(0);
    const rows = Number(/Wrote (\d+) transactions/.exec(extracted.out)?.[1]);
    expect(rows).toBeGreaterThan(3);
    const query = fs.readFileSync(`${out}.sql`, 'utf8');
    expect((await run('init', casePath)).code).toBe(0);
    const imported = await run('import', casePath, out, '--json');
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject([{ format: 'bitcoin-etl-jsonl', counts: { transactions: rows } }]);
    const file = CaseFile.open(casePath);
    try {
      const provenance = file.db.prepare("SELECT provenance FROM sources WHERE format = 'bitcoin-etl-jsonl'").pluck().get() as string;
      expect(JSON.parse(provenance)).toEqual({ query, sha256: createHash('sha256').update(query).digest('hex') });
      expect(file.db.prepare('SELECT count(*) FROM transactions WHERE txid = ?').pluck().get(seed)).toBe(1);
    } finally {
      file.close();
    }
  });

  it('refuses to run without DuckDB inputs and output, and never overwrites', async () => {
    expect((await run('extract', '--from', seed, '--input', input)).err).toMatch(/needs --dialect duckdb with both --input and --out/);
    expect((await run('extract', '--from', seed, '--dialect', 'duckdb', '--input', input, '--out', out)).err).toMatch(/already exists/);
  });

  it('--chain ETH: runs over ethereum-etl transactions and token transfers, writing one file each that `assay import` reads', async () => {
    const blocks = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050');
    const ethOut = path.join(tmp.dir, 'eth.jsonl');
    const extracted = await run('extract', '--chain', 'ETH', '--from', '0x64a018b23b4d7a077dffa6723462bc722861c5ad', '--hops', '1', '--dialect', 'duckdb',
      '--input', path.join(blocks, 'expected_transactions.json'), path.join(blocks, 'expected_token_transfers.json'), '--out', ethOut);
    expect(extracted.code, extracted.err).toBe(0);
    const txs = Number(/Wrote (\d+) transactions to .*eth\.jsonl /.exec(extracted.out)?.[1]);
    const transfers = Number(/Wrote (\d+) token transfers to .*eth\.token_transfers\.jsonl /.exec(extracted.out)?.[1]);
    expect(txs).toBeGreaterThan(0);
    expect(transfers).toBeGreaterThan(0);
    const ethCase = path.join(tmp.dir, 'eth.assay');
    expect((await run('init', ethCase)).code).toBe(0);
    const imported = await run('import', ethCase, ethOut, path.join(tmp.dir, 'eth.token_transfers.jsonl'), '--json');
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject([
      { format: 'ethereum-etl-transactions-jsonl', counts: { transfers: txs }, rejectedCount: 0 },
      { format: 'ethereum-etl-token-transfers-jsonl', counts: { transfers }, rejectedCount: 0 },
    ]);
    expect((await run('extract', '--chain', 'ETH', '--from', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).err).toMatch(/neither a txid nor an address/);
  });
});
