import fs from 'node:fs';
import * as bitcoin from 'bitcoinjs-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCase, type TestCase } from '../../import/test-case';
import { fixture } from '../../test-support/fixtures';
import { runAnalysis } from '../run-analysis';
import { getCluster } from './cluster-queries';

/** Real 2010 mainnet blocks as raw hex: every input is known only by its scriptSig (no previous outputs in the file). */
const BLOCKS = [...new Set((JSON.parse(fs.readFileSync(fixture('bitcoinjs-core-blocks/core_blocks.json'), 'utf8')) as { hex: string }[]).map((b) => b.hex))];

describe('clustering raw blocks, whose inputs carry no previous outputs', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('derives input addresses from P2PKH scriptSigs and merges every multi-input spend', async () => {
    await c.import(c.write('blocks.hex', BLOCKS.join('\n')));
    const known = c.db.prepare('SELECT count(*) FROM tx_inputs WHERE address_id IS NOT NULL').pluck().get() as number;
    const total = c.db.prepare('SELECT count(*) FROM tx_inputs').pluck().get() as number;
    // Every input is known except signature-only spends of bare public keys (P2PK) whose output is not in the file.
    const txs = BLOCKS.flatMap((h) => bitcoin.Block.fromHex(h).transactions ?? []);
    const inFile = new Set(txs.map((t) => t.getId()));
    const hidden = txs
      .flatMap((t) => (t.isCoinbase() ? [] : t.ins))
      .filter((i) => bitcoin.script.decompile(i.script)?.length === 1 && !inFile.has(Buffer.from(i.hash).reverse().toString('hex'))).length;
    expect(hidden).toBeGreaterThan(0);
    expect(known).toBe(total - hidden);
    expect(known).toBeGreaterThan(0);

    const summary = runAnalysis(c.db);
    expect(summary.clusters).toBeGreaterThan(0);
    // The five-input spend of block 0000000000013b8a...: its five input addresses are one cluster.
    const five = bitcoin.Block.fromHex(BLOCKS[0]!).transactions!.find((t) => t.ins.length === 5)!;
    const addresses = new Set(five.ins.map((i) => bitcoin.payments.p2pkh({ input: i.script }).address!));
    const first = [...addresses][0]!;
    const members = getCluster(c.db, first, 100).members.map((m) => m.address);
    for (const a of addresses) expect(members).toContain(a);
  });
});
