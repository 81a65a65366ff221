import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { ledgerOf } from '../analysis/graph/graph-cache';
import { resolveSeeds } from '../analysis/taint/seeds';
import { traceTaint } from '../analysis/taint/trace-engine';
import { writeBigQueryJsonl } from '../demo/bigquery-jsonl';
import type { DemoTruth } from '../demo/typology';
import { writeDemoCase } from '../demo/write-case';
import { importFile } from '../import/run-import';
import { bitcoinParquet } from '../test-support/bigquery-parquet';
import { tempDir } from '../test-support/fixtures';
import { neighbourhoodSql, type ExtractSpec } from './neighbourhood-sql';
import { runDuckDbExtract } from './run-duckdb';

const HOPS = 3;

/** The round trip: the demo as BigQuery JSON lines, DuckDB running the generated SQL, against `trace` in the demo case. */
describe('assay extract over the demo JSON lines', () => {
  const tmp = tempDir();
  const jsonl = path.join(tmp.dir, 'demo.jsonl');
  let file: CaseFile;
  let truth: DemoTruth;
  let run = 0;
  const extract = async (spec: Partial<ExtractSpec> & { from: string[] }): Promise<Set<string>> => {
    const out = path.join(tmp.dir, `out-${(run += 1)}.jsonl`);
    const sql = neighbourhoodSql({ hops: HOPS, since: null, until: null, maxDegree: null, dialect: 'duckdb', ...spec });
    const { rows } = await runDuckDbExtract(sql, [jsonl], out);
    const hashes = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { hash: string }).hash);
    expect(hashes).toHaveLength(rows);
    return new Set(hashes);
  };
  /** Transactions `trace` reaches from the seeds (txids), forward or backward, under the same bounds. */
  const traced = (from: string[], direction: 'forward' | 'backward', hops: number, bounds: { fromTime?: number; toTime?: number; maxDegree?: number } = {}): Set<string> => {
    const ledger = ledgerOf(file.db);
    const txid = file.db.prepare('SELECT txid FROM transactions WHERE id = ?').pluck();
    const outcome = traceTaint(ledger, resolveSeeds(file.db, ledger, from).seeds, {
      direction, models: ['poison'], hops, minAmount: 0, fromTime: bounds.fromTime ?? null, toTime: bounds.toTime ?? null, isStop: null,
      maxDegree: bounds.maxDegree ?? null, feeTaint: false, links: new Map(), offchainWindow: 0,
    });
    return new Set(Array.from(outcome.txs, (t) => txid.get(t) as string));
  };

  beforeAll(async () => {
    file = CaseFile.create(path.join(tmp.dir, 'demo.assay'), { title: 'demo' });
    truth = writeDemoCase(file.db).truth;
    await writeBigQueryJsonl(jsonl, {});
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('reaches the seed, what trace reaches forward in k hops, and what trace reaches backward (its k + 1 counts the seed)', async () => {
    const seed = truth.consolidationTxid;
    const got = await extract({ from: [seed] });
    const forward = traced([seed], 'forward', HOPS);
    const backward = traced([seed], 'backward', HOPS + 1);
    expect(forward.size).toBeGreaterThan(2);
    expect(backward.size).toBeGreaterThan(2);
    const expected = new Set([seed, ...forward, ...backward]);
    // Backward trace stops before coinbases (there is nothing to trace into); the extract keeps them as rows.
    const coinbase = file.db.prepare('SELECT is_coinbase FROM transactions WHERE txid = ?').pluck();
    const extra = [...got].filter((h) => !expected.has(h));
    expect(extra.every((h) => coinbase.get(h) === 1)).toBe(true);
    expect([...expected].filter((h) => !got.has(h))).toEqual([]);
  });

  it('applies the time window and the degree limit as trace does', async () => {
    const seed = truth.consolidationTxid;
    const { time, degree } = file.db.prepare('SELECT block_time AS time, input_count + output_count AS degree FROM transactions WHERE txid = ?').get(seed) as { time: number; degree: number };
    // The seed itself just fits the degree limit; its wider neighbours do not.
    const bounds = { fromTime: time, toTime: time + 2 * 86_400, maxDegree: degree };
    const got = await extract({ from: [seed], since: bounds.fromTime, until: bounds.toTime, maxDegree: bounds.maxDegree });
    const forward = traced([seed], 'forward', HOPS, bounds);
    expect(got).toEqual(new Set([seed, ...forward]));
    expect(got.size).toBeLessThan((await extract({ from: [seed] })).size);
  });

  it('seeds from an address: every transaction paying or spending it, and their neighbourhoods', async () => {
    const address = truth.rentalDeposits[0]?.address as string;
    const got = await extract({ from: [address], hops: 1 });
    expect(got.has(truth.rentalDeposits[0]?.txid as string)).toBe(true);
    const touching = file.db
      .prepare(`SELECT t.txid FROM transactions t WHERE t.id IN (SELECT tx_id FROM tx_outputs o JOIN addresses a ON a.id = o.address_id WHERE a.address = @a
        UNION SELECT tx_id FROM tx_inputs i JOIN addresses a ON a.id = i.address_id WHERE a.address = @a)`)
      .pluck()
      .all({ a: address }) as string[];
    for (const h of touching) expect(got.has(h)).toBe(true);
  });

  it('reads BigQuery\'s Parquet export of the same rows (NUMERIC amounts, TIMESTAMP times): the same reach, and a file `assay import` takes whole', async () => {
    const parquet = path.join(tmp.dir, 'demo.parquet');
    await bitcoinParquet(jsonl, parquet);
    const seed = truth.consolidationTxid;
    const out = path.join(tmp.dir, 'from-parquet.jsonl');
    const { rows } = await runDuckDbExtract(neighbourhoodSql({ from: [seed], hops: HOPS, since: null, until: null, maxDegree: null, dialect: 'duckdb' }), [parquet], out);
    const hashes = fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { hash: string }).hash);
    expect(hashes).toHaveLength(rows);
    expect(new Set(hashes)).toEqual(await extract({ from: [seed] }));
    const imported = CaseFile.create(path.join(tmp.dir, 'from-parquet.assay'), { title: 'parquet' });
    try {
      const result = await importFile(imported.db, { filePath: out, displayName: 'from-parquet.jsonl', onBadRows: 'refuse' });
      expect(result).toMatchObject({ rejectedCount: 0, counts: expect.objectContaining({ transactions: rows }) });
      // Amounts arrive exact: every imported transaction's output total is the demo case's.
      const totals = (db: CaseFile['db']) => new Map(db.prepare('SELECT txid, output_value FROM transactions').raw().all() as [string, number][]);
      const demo = totals(file.db);
      for (const [txid, value] of totals(imported.db)) expect(value, txid).toBe(demo.get(txid));
    } finally {
      imported.close();
    }
  });
});
