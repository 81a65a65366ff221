import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_50001, fixture, tempDir } from '../../core/test-support/fixtures';
import { runCli } from '../program';

let tmp: ReturnType<typeof tempDir>;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

beforeAll(() => {
  tmp = tempDir();
  vi.stubEnv('ASSAY_USER_DATA', path.join(tmp.dir, 'user-data'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  tmp.cleanup();
});

describe('assay import / show', () => {
  it('imports several files with --json (per source: file, sha256, format, counts, rejected rows) and shows tags and pools', async () => {
    const casePath = path.join(tmp.dir, 'cli.assay');
    expect((await cli('init', casePath, '--title', 'CLI import')).code).toBe(0);
    const lazarus = fixture('graphsense-tagpacks/packs/lazarus.yaml');
    const result = await cli('import', casePath, BLOCK_50001, lazarus, '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const sources = JSON.parse(result.out) as { file: string; sha256: string; format: string; counts: Record<string, number>; rejected: unknown[] }[];
    expect(sources.map((s) => [s.file, s.format, s.counts.transactions, s.counts.tags])).toEqual([
      [path.basename(BLOCK_50001), 'bitcoin-core-json', 3, 0],
      ['lazarus.yaml', 'graphsense-tagpack', 0, 21],
    ]);
    expect(sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(sources[0]!.counts)).toEqual(expect.arrayContaining(['blocks', 'transactions', 'inputs', 'outputs', 'transfers', 'tags', 'addresses']));

    const tx = await cli('show', casePath, 'tx', 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58', '--json');
    expect(JSON.parse(tx.out).pool).toEqual([expect.objectContaining({ method: 'unknown', pool: null })]);

    // Tag an address of block 50001 with a label CSV, then read it back with every tag field filled.
    const labels = path.join(tmp.dir, 'labels.csv');
    fs.writeFileSync(labels, 'address,label,category,actor,confidence\n1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ,Rental deposit,hash_rental_marketplace,nicehash,forensic_investigation\n');
    expect((await cli('import', casePath, labels, '--chain', 'BTC')).code).toBe(0);
    const address = JSON.parse((await cli('show', casePath, 'address', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ', '--json')).out);
    expect(address.tags).toEqual([
      { label: 'Rental deposit', category: 'hash_rental_marketplace', actor: 'nicehash', source: 'labels.csv', confidence: 'forensic_investigation', confidenceScore: 70, origin: 'labels.csv' },
    ]);
  });

  it('reads a --mapping file for generic CSV and refuses a bad file with one line on stderr', async () => {
    const casePath = path.join(tmp.dir, 'mapping.assay');
    await cli('init', casePath);
    const csv = path.join(tmp.dir, 'moves.csv');
    fs.writeFileSync(csv, `tx,src,dst,wei\n0x${'ab'.repeat(32)},0xae2fc483527b8ef99eb5d9b44875f005ba1fae13,0x6b75d8af000000e20b7a7ddf000ba900b4009a80,123456789012345678901234\n`);
    const mapping = path.join(tmp.dir, 'mapping.yaml');
    fs.writeFileSync(mapping, 'kind: transfers\nchain: ETH\ncolumns: {txid: tx, from: src, to: dst, value: wei}\n');
    const ok = await cli('import', casePath, csv, '--mapping', mapping, '--json');
    expect(JSON.parse(ok.out)[0]).toMatchObject({ format: 'generic-csv', counts: { transfers: 1 } });

    const empty = path.join(tmp.dir, 'empty.json');
    fs.writeFileSync(empty, '');
    const refused = await cli('import', casePath, empty);
    expect(refused.code).not.toBe(0);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/empty\.json: the file is empty/);
  });
});
