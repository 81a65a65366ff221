import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain/source';
import { BLOCK_50001, fixture } from '../test-support/fixtures';
import { MAX_LINE_BYTES } from './read/lines';
import { testCase, type TestCase } from './test-case';

const ETL = fixture('bitcoin-etl-fixtures/bitcoin/stream_50001_50002/expected_transactions.json');

describe('importFile: whole or nothing, located refusals, progress and cancel', () => {
  let c: TestCase;
  let before: Record<string, number>;
  beforeEach(() => {
    c = testCase();
    before = c.counts();
  });
  afterEach(() => c.close());

  /** Every refusal leaves every table exactly as it was. */
  async function refused(file: string, message: RegExp, options: Parameters<TestCase['import']>[1] = {}): Promise<void> {
    await expect(c.import(file, options)).rejects.toThrow(message);
    expect(c.counts()).toEqual(before);
  }

  it('refuses an empty file, binary garbage and a truncated JSON document with a one-line located reason', async () => {
    await refused(c.write('empty.jsonl', ''), /^empty\.jsonl: the file is empty\.$/);
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919) % 251;
    await refused(c.write('garbage.bin', garbage), /^garbage\.bin: format not recognised \(binary data\); choose one with --format\.$/);
    const core = fs.readFileSync(BLOCK_50001, 'utf8');
    await refused(c.write('truncated.json', core.slice(0, Math.floor(core.length / 2))), /truncated\.json: nothing could be read \(line \d+: not valid JSON/);
  });

  it('refuses a line longer than the cap without reading it into memory (a 2 GB sparse line)', async () => {
    const file = c.write('huge.jsonl', `${fs.readFileSync(ETL, 'utf8').split('\n')[0]}\n{"hash": "`);
    fs.truncateSync(file, 2 * 1024 ** 3);
    const started = performance.now();
    await refused(file, new RegExp(`huge\\.jsonl: line 2 \\(byte offset \\d+\\) is longer than ${MAX_LINE_BYTES >> 20} MiB; the file was refused\\.`));
    // Reading (and hashing) stop at the cap, long before the 2 GB.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('skips bad rows by default and refuses the whole file on request, naming the first bad row', async () => {
    const lines = fs.readFileSync(ETL, 'utf8').trim().split('\n');
    lines[2] = lines[2]!.replace(/("outputs": \[\{.*?"value": )\d+/, '$150.5');
    const file = c.write('rows.jsonl', lines.join('\n'));
    await refused(file, /^rows\.jsonl: line 3, field outputs\[0\]\.value: not an integer amount in base units: 50\.5; the file was refused\.$/, { onBadRows: 'refuse' });
    const skipped = await c.import(file);
    expect(skipped.counts.transactions).toBe(3);
    expect(skipped.rejected).toEqual([{ file: 'rows.jsonl', line: 3, byteOffset: null, field: 'outputs[0].value', reason: 'not an integer amount in base units: 50.5' }]);
    const stored = c.db.prepare('SELECT line, field, reason FROM rejected_rows WHERE source_id = ?').all(skipped.sourceId);
    expect(stored).toEqual([{ line: 3, field: 'outputs[0].value', reason: 'not an integer amount in base units: 50.5' }]);
  });

  it('records every source (name, SHA-256, size, format, importer version, counts) with an audit entry', async () => {
    const result = await c.import(ETL, { now: () => new Date('2026-01-02T03:04:05Z') });
    const source = c.db.prepare(`SELECT original_name AS name, sha256, size, format, importer_version AS version, imported_at AS at,
      counts, rejected_count AS rejected FROM sources WHERE id = ?`).get(result.sourceId) as Record<string, unknown>;
    expect(source).toMatchObject({ name: 'expected_transactions.json', size: fs.statSync(ETL).size, format: 'bitcoin-etl-jsonl', version: '1', at: '2026-01-02T03:04:05.000Z', rejected: 0 });
    expect(source.sha256).toBe(createHash('sha256').update(fs.readFileSync(ETL)).digest('hex'));
    expect(result.sha256).toBe(source.sha256);
    expect(JSON.parse(source.counts as string)).toMatchObject({ transactions: 4 });
    const audit = c.db.prepare("SELECT details FROM audit_log WHERE action = 'import' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ sourceId: result.sourceId, sha256: result.sha256, format: 'bitcoin-etl-jsonl' });
  });

  it('reports progress (bytes, rows, rate) and rolls back cleanly when cancelled', async () => {
    const lines = fs.readFileSync(ETL, 'utf8').trim().split('\n');
    const big = c.write('many.jsonl', Array.from({ length: 3000 }, (_, i) => lines[1]!.replace(/"hash": "[0-9a-f]{4}/, `"hash": "${i.toString(16).padStart(4, '0')}`)).join('\n'));
    const events: Omit<ImportProgress, 'jobId' | 'fileIndex' | 'fileCount'>[] = [];
    const result = await c.import(big, { onProgress: (p) => events.push(p) });
    expect(result.counts.transactions).toBe(3000);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ file: 'many.jsonl', bytes: fs.statSync(big).size, totalBytes: fs.statSync(big).size });
    expect(last.rows).toBeGreaterThanOrEqual(3000);

    const controller = new AbortController();
    const afterFirst = c.counts();
    let seen = 0;
    const job = c.import(big, {
      signal: controller.signal,
      onProgress: () => {
        seen += 1;
        controller.abort();
      },
    });
    await expect(job).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(seen).toBeGreaterThan(0);
    expect(c.counts()).toEqual(afterFirst);

    // Cancelled while the reader waits on the file (the UI's Cancel button): the stream's AbortError is a cancel too.
    const waiting = new AbortController();
    const pending = c.import(big, { signal: waiting.signal });
    setImmediate(() => waiting.abort());
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(c.counts()).toEqual(afterFirst);
  });
});

describe('importing the same file again is idempotent for every kind of row', () => {
  const SAME_AGAIN = [
    fixture('mempool-mining-pools/pools.json'),
    fixture('graphsense-tagpacks/actors/graphsense.actorpack.yaml'),
    fixture('graphsense-tagpacks/packs/lazarus.yaml'),
    fixture('ofac-sanctioned-addresses/sanctioned_addresses_XBT.txt'),
    ETL,
  ];
  /** Every table but those that record each import itself: its source row, audit entry, rejected rows and provenance. */
  const PER_IMPORT = new Set(['sources', 'audit_log', 'rejected_rows', 'tx_sources']);
  const rows = (c: TestCase) => Object.fromEntries(Object.entries(c.counts()).filter(([t]) => !PER_IMPORT.has(t)));

  it.each(SAME_AGAIN)('%s: the second import adds no row and says so; the first reports what it added', async (file) => {
    const c = testCase();
    try {
      const first = await c.import(file);
      expect(Object.values(first.added).some((n) => n > 0)).toBe(true);
      const after = rows(c);
      const again = await c.import(file);
      const now = rows(c);
      expect(Object.keys(now).filter((t) => now[t] !== after[t]).map((t) => `${t}: ${after[t]} -> ${now[t]}`)).toEqual([]);
      expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    } finally {
      c.close();
    }
  });

  it('the bundled pool list imported from a file is the list the case already holds: no pool twice', async () => {
    const c = testCase();
    try {
      const before = rows(c);
      const result = await c.import(fixture('mempool-mining-pools/pools-v2.json'));
      expect(result.counts.pools).toBeGreaterThan(100);
      expect(result.added.pools).toBe(0);
      expect(rows(c)).toEqual(before);
    } finally {
      c.close();
    }
  });
});
