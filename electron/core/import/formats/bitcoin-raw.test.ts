import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_50001, fixture } from '../../test-support/fixtures';
import { testCase, type TestCase } from '../test-case';

/** Real mainnet blocks from 2009-2010 (bitcoinjs-lib's fixtures): raw hex, id and transaction count. */
const BLOCKS = (JSON.parse(fs.readFileSync(fixture('bitcoinjs-core-blocks/core_blocks.json'), 'utf8')) as { id: string; transactions: number; hex: string }[])
  .filter((b, i, all) => all.findIndex((o) => o.id === b.id) === i);

const PREV_TXID = '0dd0394c6240355f4e4b3c88028f678ed746cebee3b3e8509620733f018914c9';

/** A blk*.dat frame: network magic, little-endian size, block bytes. */
function frame(block: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(block.length);
  return Buffer.concat([Buffer.from('f9beb4d9', 'hex'), size, block]);
}

describe('raw blocks, blk*.dat and raw transactions', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('imports hex blocks (one per line) whose ids and transaction counts match the fixture', async () => {
    const result = await c.import(c.write('blocks.hex', BLOCKS.map((b) => b.hex).join('\n')));
    expect(result.format).toBe('bitcoin-raw-block');
    expect(result.counts.blocks).toBe(BLOCKS.length);
    expect(result.counts.transactions).toBe(BLOCKS.reduce((n, b) => n + b.transactions, 0));
    const stored = c.db.prepare('SELECT hash, tx_count AS txCount FROM blocks ORDER BY hash').all();
    expect(stored).toEqual(BLOCKS.map((b) => ({ hash: b.id, txCount: b.transactions })).sort((a, b) => a.hash.localeCompare(b.hash)));
    const perBlock = c.db.prepare('SELECT count(*) FROM transactions WHERE block_hash = ?').pluck();
    for (const b of BLOCKS) expect(perBlock.get(b.id)).toBe(b.transactions);
  });

  it('imports a binary block and the same blocks framed as a blk*.dat file, without duplicates', async () => {
    const [first] = BLOCKS;
    const binary = await c.import(c.write('block.bin', Buffer.from(first!.hex, 'hex')));
    expect(binary).toMatchObject({ format: 'bitcoin-raw-block', counts: { blocks: 1, transactions: first!.transactions } });
    const padding = Buffer.alloc(64);
    const blk = await c.import(c.write('blk00000.dat', Buffer.concat([...BLOCKS.map((b) => frame(Buffer.from(b.hex, 'hex'))), padding])));
    expect(blk.format).toBe('bitcoin-blk-dat');
    expect(blk.counts.blocks).toBe(BLOCKS.length);
    expect(blk.added.blocks).toBe(BLOCKS.length - 1);
    expect(c.db.prepare('SELECT count(*) FROM blocks').pluck().get()).toBe(BLOCKS.length);
  });

  it('rejects a block whose merkle root does not match, located by byte offset, and refuses it on request', async () => {
    const good = Buffer.from(BLOCKS[1]!.hex, 'hex');
    const bad = Buffer.from(good);
    bad[36] = bad[36]! ^ 0xff; // first byte of the merkle root
    const file = c.write('blk00001.dat', Buffer.concat([frame(good), frame(bad)]));
    const result = await c.import(file);
    expect(result.counts.blocks).toBe(1);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ byteOffset: 8 + good.length, field: 'merkleRoot' });
    expect(result.rejected[0]!.reason).toMatch(/merkle root does not match/);
    const before = c.counts();
    await expect(c.import(file, { onBadRows: 'refuse' })).rejects.toThrow(/byte offset \d+, field merkleRoot: merkle root does not match.*refused/);
    expect(c.counts()).toEqual(before);
  });

  it('refuses a truncated blk*.dat with the offset of the cut block, leaving the case unchanged', async () => {
    const whole = frame(Buffer.from(BLOCKS[0]!.hex, 'hex'));
    const before = c.counts();
    await expect(c.import(c.write('blk00002.dat', whole.subarray(0, whole.length - 10)))).rejects.toThrow(/byte offset 0: block of \d+ bytes runs past the end of the file \(truncated\)/);
    expect(c.counts()).toEqual(before);
  });

  it('imports raw transaction hex; an input imported earlier learns its value from the new previous output', async () => {
    // Block 50001's second transaction spends 0dd0394c...:0, which getblock v2 cannot value.
    await c.import(BLOCK_50001);
    const spender = c.db.prepare(`SELECT i.value, t.fee FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id
      WHERE i.prev_txid = '${PREV_TXID}' AND i.prev_vout = 0`);
    expect(spender.get()).toEqual({ value: null, fee: null });
    const rpc = JSON.parse(fs.readFileSync(fixture(`bitcoin-etl-fixtures/bitcoin/stream_50001_50002/rpc_response_getrawtransaction_${PREV_TXID}.json`), 'utf8')) as { hex: string };
    const result = await c.import(c.write('raw-txs.txt', `${rpc.hex}\nnot hex at all\n`));
    expect(result.format).toBe('bitcoin-raw-tx');
    expect(result.counts.transactions).toBe(1);
    expect(result.rejected).toEqual([{ file: 'raw-txs.txt', line: 2, byteOffset: null, field: null, reason: 'expected hex digits' }]);
    expect(spender.get()).toMatchObject({ value: 5_000_000_000 });
    const spent = c.db.prepare(`SELECT s.txid FROM tx_outputs o JOIN transactions t ON t.id = o.tx_id JOIN transactions s ON s.id = o.spent_by_tx_id WHERE t.txid = ?`);
    expect(spent.pluck().get(PREV_TXID)).toBe('7940cdde4d713e171849efc6bd89939185be270266c94e92369e3877ad89455a');
  });
});

describe('raw blocks that are not exactly one block', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  it('reports a truncated binary block at the byte offset where it ends, naming the cut transaction', async () => {
    const whole = Buffer.from(BLOCKS[0]!.hex, 'hex');
    const cut = whole.subarray(0, whole.length - 10);
    const before = c.counts();
    await expect(c.import(c.write('cut.bin', cut))).rejects.toThrow(
      new RegExp(`byte offset ${cut.length}, field block: truncated: the block ends at byte offset ${cut.length}, inside transaction ${BLOCKS[0]!.transactions - 1} of ${BLOCKS[0]!.transactions}`),
    );
    expect(c.counts()).toEqual(before);
  });

  it('refuses a block followed by trailing bytes, at the offset where they start', async () => {
    const whole = Buffer.from(BLOCKS[1]!.hex, 'hex');
    const file = c.write('trailing.hex', `${Buffer.concat([whole, Buffer.from('deadbeef', 'hex')]).toString('hex')}\n${BLOCKS[2]!.hex}\n`);
    const result = await c.import(file);
    expect(result.counts.blocks).toBe(1);
    expect(result.rejected).toEqual([
      { file: 'trailing.hex', line: 1, byteOffset: null, field: 'block', reason: `4 bytes follow the block's last transaction (from byte offset ${whole.length}): not one block` },
    ]);
    expect(c.db.prepare('SELECT count(*) FROM blocks WHERE hash = ?').pluck().get(BLOCKS[1]!.id)).toBe(0);
  });

  it('in a blk*.dat file, locates a cut inside a frame at the file offset where the block ends', async () => {
    const whole = Buffer.from(BLOCKS[0]!.hex, 'hex');
    const cut = whole.subarray(0, whole.length - 10);
    const result = await c.import(c.write('blk00003.dat', Buffer.concat([frame(Buffer.from(BLOCKS[1]!.hex, 'hex')), frame(cut)])));
    const second = 8 + BLOCKS[1]!.hex.length / 2;
    expect(result.counts.blocks).toBe(1);
    expect(result.rejected[0]).toMatchObject({ byteOffset: second + 8 + cut.length, field: 'block' });
  });
});
