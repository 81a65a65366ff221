import fs from 'node:fs';
import path from 'node:path';
import { Block } from 'bitcoinjs-lib';
import { SHARED_DATA } from '../../test-support/fixtures';

export interface Seed {
  name: string;
  bytes: Buffer;
}

/** Big fixtures contribute their head only: enough for every format's shape, small enough for thousands of runs. */
const MAX_SEED_BYTES = 64 * 1024;
const NOT_DATA = new Set(['LICENSE', 'SOURCE.txt', 'README.md']);

/** Every real public fixture in /work/shared/data as a fuzzing seed (name kept: detection looks at extensions). */
export function fixtureSeeds(root: string = SHARED_DATA): Seed[] {
  const seeds: Seed[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !NOT_DATA.has(entry.name)) seeds.push({ name: entry.name, bytes: readHead(full) });
    }
  };
  walk(root);
  return seeds;
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_SEED_BYTES));
    fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

const MAINNET_MAGIC = Buffer.from('f9beb4d9', 'hex');

/**
 * The real blocks of bitcoinjs-core-blocks in the shapes the raw importers read, which no fixture file has as such:
 * a raw block as hex text, a blk*.dat file (magic, length, block) and each block's last transaction as hex.
 */
export function rawBlockSeeds(root: string = SHARED_DATA): Seed[] {
  const blocks = JSON.parse(fs.readFileSync(path.join(root, 'bitcoinjs-core-blocks/core_blocks.json'), 'utf8')) as { id: string; hex: string }[];
  return blocks.flatMap(({ id, hex }) => {
    const bytes = Buffer.from(hex, 'hex');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    const lastTx = Block.fromHex(hex).transactions?.at(-1)?.toHex() ?? '';
    return [
      { name: `${id}.hex`, bytes: Buffer.from(`${hex}\n`) },
      { name: 'blk00000.dat', bytes: Buffer.concat([MAINNET_MAGIC, length, bytes]) },
      { name: `${id}-tx.hex`, bytes: Buffer.from(`${lastTx}\n`) },
    ];
  });
}
