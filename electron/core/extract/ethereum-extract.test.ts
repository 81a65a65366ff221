import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractSpec } from '../../../shared/domain/extract';
import { CaseFile } from '../case/case-file';
import { importFile } from '../import/run-import';
import { ethereumParquet } from '../test-support/bigquery-parquet';
import { fixture, tempDir } from '../test-support/fixtures';
import { extractToFiles, tokenTransfersPath } from './extract-files';
import { neighbourhoodSql } from './neighbourhood-sql';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
/** ethereum-etl's export of mainnet blocks 17173049-17173050: 298 transactions, 291 token transfers. */
const BLOCKS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050');
const TRANSACTIONS = path.join(BLOCKS, 'expected_transactions.json');
const TOKEN_TRANSFERS = path.join(BLOCKS, 'expected_token_transfers.json');
/** A MEV bot's swap: one native transfer and a WETH transfer; its sender and recipient are busy in these blocks. */
const SEED_TX = '0xeb107a40ba73a50c79a9f2026e902d758d1c5e5e211f7a7db1b294f88f118dd0';
const SEED_ADDRESS = '0x64a018b23b4d7a077dffa6723462bc722861c5ad';

const lines = (file: string): string[] => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
interface Edge { tx: string; sender: string; recipient: string }
const edges: Edge[] = [
  ...lines(TRANSACTIONS).map((l) => JSON.parse(l) as { hash: string; from_address: string; to_address: string | null })
    .filter((t) => t.to_address !== null).map((t) => ({ tx: t.hash, sender: t.from_address, recipient: t.to_address as string })),
  ...lines(TOKEN_TRANSFERS).map((l) => JSON.parse(l) as { transaction_hash: string; from_address: string; to_address: string })
    .map((t) => ({ tx: t.transaction_hash, sender: t.from_address, recipient: t.to_address })),
];

/** The oracle, written plainly: breadth-first over transfers, forward from recipients and backward from senders. */
function expectedReach(seed: { tx?: string; address?: string }, hops: number, maxDegree: number | null = null, within: Edge[] = edges): Set<string> {
  const degree = new Map<string, number>();
  for (const e of within) for (const a of [e.sender, e.recipient]) degree.set(a, (degree.get(a) ?? 0) + 1);
  const reached = new Set<string>(seed.tx ? [seed.tx] : []);
  for (const [near, far] of [['sender', 'recipient'], ['recipient', 'sender']] as const) {
    let frontier = new Set(seed.address ? [seed.address] : within.filter((e) => e.tx === seed.tx).map((e) => e[far]));
    for (let hop = 0; hop < hops; hop++) {
      const next = new Set<string>();
      for (const address of frontier) {
        if (hop > 0 && maxDegree !== null && (degree.get(address) ?? 0) > maxDegree) continue;
        for (const e of within.filter((edge) => edge[near] === address)) {
          reached.add(e.tx);
          next.add(e[far]);
        }
      }
      frontier = next;
    }
  }
  return reached;
}

const spec = (over: Partial<ExtractSpec> & { from: string[] }): ExtractSpec => ({ chain: 'ETH', hops: 2, since: null, until: null, maxDegree: null, dialect: 'duckdb', ...over });

describe('assay extract --chain ETH', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  let run = 0;
  const extract = async (s: ExtractSpec) => {
    const out = path.join(tmp.dir, `out-${(run += 1)}.jsonl`);
    const result = await extractToFiles(s, [TRANSACTIONS, TOKEN_TRANSFERS], out);
    const read = (file: string) => (fs.existsSync(file) ? lines(file) : []);
    return { ...result, out, txRows: read(out), transferRows: read(tokenTransfersPath(out)) };
  };
  const hashesOf = (rows: string[], key: 'hash' | 'transaction_hash') => new Set(rows.map((l) => (JSON.parse(l) as Record<string, string>)[key]));

  it('prints the crypto_ethereum script for BigQuery and DuckDB (golden text)', () => {
    const golden = { from: [SEED_TX, SEED_ADDRESS.toUpperCase().replace('0X', '0x')], since: 1683000000, until: 1683100000, maxDegree: 50 };
    expect(neighbourhoodSql(spec({ ...golden, dialect: 'bigquery' }))).toBe(fs.readFileSync(path.join(GOLDEN, 'ethereum-bigquery-2-hops.sql'), 'utf8'));
    expect(neighbourhoodSql(spec({ ...golden, dialect: 'duckdb' }))).toBe(fs.readFileSync(path.join(GOLDEN, 'ethereum-duckdb-2-hops.sql'), 'utf8'));
    expect(() => neighbourhoodSql(spec({ from: ["0x64a018b23b4d7a077dffa6723462bc722861c5ad' OR TRUE --"] }))).toThrow(/neither a txid nor an address/);
    expect(() => neighbourhoodSql(spec({ from: ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT'] }))).toThrow(/neither a txid nor an address/);
  });

  it('reaches the transactions a plain breadth-first walk reaches, from a txid and from an address, with their token transfers', async () => {
    for (const [seed, hops] of [[{ tx: SEED_TX }, 1], [{ tx: SEED_TX }, 2], [{ address: SEED_ADDRESS }, 2]] as const) {
      const expected = expectedReach(seed, hops);
      const got = await extract(spec({ from: [seed.tx ?? seed.address ?? ''], hops }));
      expect(hashesOf(got.txRows, 'hash')).toEqual(expected);
      // Every token transfer of a reached transaction comes along, and no other.
      const transfers = lines(TOKEN_TRANSFERS).filter((l) => expected.has((JSON.parse(l) as { transaction_hash: string }).transaction_hash));
      expect(got.transferRows).toHaveLength(transfers.length);
    }
    expect(expectedReach({ tx: SEED_TX }, 2).size).toBeGreaterThan(expectedReach({ tx: SEED_TX }, 1).size);
  });

  it('reads BigQuery JSON exports too: TIMESTAMP text and amounts as strings', async () => {
    const utc = (seconds: number) => new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.000Z$/, ' UTC');
    const bigquery = (file: string) => {
      const copy = path.join(tmp.dir, `bq-${path.basename(file)}`);
      const rows = lines(file).map((l) => l.replace(/"block_timestamp": (\d+)/, (_m, s: string) => `"block_timestamp": "${utc(Number(s))}"`).replace(/"value": (\d+)/, '"value": "$1"'));
      fs.writeFileSync(copy, `${rows.join('\n')}\n`);
      return copy;
    };
    const out = path.join(tmp.dir, 'bq-out.jsonl');
    await extractToFiles(spec({ from: [SEED_TX], since: 1683029999, until: 1683029999 }), [bigquery(TRANSACTIONS), bigquery(TOKEN_TRANSFERS)], out);
    // The window holds the first block only: the walk stays inside it.
    const firstBlock = new Set(lines(TRANSACTIONS).filter((l) => l.includes('"block_timestamp": 1683029999')).map((l) => (JSON.parse(l) as { hash: string }).hash));
    const expected = expectedReach({ tx: SEED_TX }, 2, null, edges.filter((e) => firstBlock.has(e.tx)));
    expect(expected.size).toBeLessThan(expectedReach({ tx: SEED_TX }, 2).size);
    expect(new Set(lines(out).map((l) => (JSON.parse(l) as { hash: string }).hash))).toEqual(expected);
    expect(new Set(lines(out).map((l) => (JSON.parse(l) as { block_timestamp: number }).block_timestamp))).toEqual(new Set([1683029999]));
  });

  it('stops at busy addresses beyond the seeds, and keeps to the time window', async () => {
    const limited = await extract(spec({ from: [SEED_TX], hops: 2, maxDegree: 20 }));
    expect(hashesOf(limited.txRows, 'hash')).toEqual(expectedReach({ tx: SEED_TX }, 2, 20));
    expect(limited.txRows.length).toBeLessThan(expectedReach({ tx: SEED_TX }, 2).size);
    // Both blocks share one timestamp second each; a window before them reaches nothing and writes nothing.
    const before = await extract(spec({ from: [SEED_TX], until: 1683029998 }));
    expect(before.files).toEqual([]);
    expect(fs.existsSync(before.out)).toBe(false);
  });

  it('keeps wei amounts exact (beyond 2^53) and writes files `assay import` reads, with the query as provenance', async () => {
    const got = await extract(spec({ from: [SEED_ADDRESS], hops: 1 }));
    const raw = lines(TRANSACTIONS).find((l) => l.includes(`"from_address": "${SEED_ADDRESS}"`)) as string;
    const value = /"value": (\d+)/.exec(raw)?.[1] as string;
    expect(BigInt(value)).toBeGreaterThan(2n ** 53n);
    expect(got.txRows.map((l) => JSON.parse(l) as { value: string }).map((r) => r.value)).toContain(value);

    const file = CaseFile.create(path.join(tmp.dir, 'eth.assay'), { title: 'eth' });
    try {
      for (const f of got.files) {
        const result = await importFile(file.db, { filePath: f.path, displayName: path.basename(f.path), onBadRows: 'refuse' });
        expect(result).toMatchObject({ format: f.table === 'transactions' ? 'ethereum-etl-transactions-jsonl' : 'ethereum-etl-token-transfers-jsonl', rejectedCount: 0 });
        expect(result.counts.transfers).toBe(f.rows);
      }
      const provenance = file.db.prepare('SELECT provenance FROM sources WHERE provenance IS NOT NULL').pluck().all() as string[];
      expect(provenance.map((p) => JSON.parse(p) as { sha256: string })).toEqual(got.files.map(() => ({ query: got.sql, sha256: createHash('sha256').update(got.sql).digest('hex') })));
      const stored = file.db.prepare('SELECT f.value FROM transfers f JOIN transactions t ON t.id = f.tx_id WHERE f.log_index = -1 AND t.txid = ?').pluck();
      expect(stored.get((JSON.parse(raw) as { hash: string }).hash)).toBe(value);
    } finally {
      file.close();
    }
  });

  it('reads crypto_ethereum\'s Parquet exports (NUMERIC wei, TIMESTAMP times) to the same rows as the JSON lines', async () => {
    const parquet = { transactions: path.join(tmp.dir, 'tx.parquet'), token_transfers: path.join(tmp.dir, 'tt.parquet') };
    await ethereumParquet(TRANSACTIONS, parquet.transactions, 'transactions');
    await ethereumParquet(TOKEN_TRANSFERS, parquet.token_transfers, 'token_transfers');
    const s = spec({ from: [SEED_ADDRESS], hops: 2 });
    const fromJson = await extract(s);
    const out = path.join(tmp.dir, 'from-parquet.jsonl');
    await extractToFiles(s, [parquet.transactions, parquet.token_transfers], out);
    const rows = (file: string) => lines(file).map((l) => JSON.parse(l) as Record<string, unknown>).sort((a, b) => String(a.hash ?? a.transaction_hash).localeCompare(String(b.hash ?? b.transaction_hash)) || Number(a.log_index ?? 0) - Number(b.log_index ?? 0));
    expect(fromJson.txRows.length).toBeGreaterThan(0);
    expect(rows(out)).toEqual(rows(fromJson.out));
    expect(rows(tokenTransfersPath(out))).toEqual(rows(tokenTransfersPath(fromJson.out)));
  });
});
