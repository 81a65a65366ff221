import fs from 'node:fs/promises';
import { AppError } from '../../../../shared/api/errors';
import type { Chain } from '../../../../shared/domain/chain';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { readLines } from '../read/lines';
import type { ImportRecord } from '../records';
import * as bitcoin from 'bitcoinjs-lib';
import { BlockBytesError, blockRecords, parseBlock, parseTx, txRecord } from './bitcoin-raw-records';
import { rejectAt, rejectError } from './fields';

/** Network magic of blk*.dat frames: Bitcoin, Bitcoin testnet, Litecoin. */
const MAGICS: Record<string, Chain> = { f9beb4d9: 'BTC', '0b110907': 'BTC', fbc0b6db: 'LTC' };
/** A serialized block larger than this is not a block (consensus limit is 4 MB of weight). */
const MAX_BLOCK_BYTES = 32 * 1024 * 1024;
const HEX_LINE = /^[0-9a-fA-F]+$/;

const firstLine = (head: Buffer): string => head.toString('latin1').split(/\r?\n/, 1)[0]?.trim() ?? '';
const isHexText = (head: Buffer): boolean => HEX_LINE.test(firstLine(head)) && firstLine(head).length % 2 === 0;

/** A raw block: binary, or hex text with one block per line. */
export const bitcoinRawBlock: ImportFormat = {
  id: 'bitcoin-raw-block',
  label: 'Raw Bitcoin block (binary or hex)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    if (isHexText(sample.head)) {
      const line = firstLine(sample.head);
      const complete = sample.head.includes(10) || sample.size <= sample.head.length;
      if (complete) return decodes(line) ? 0.8 : 0;
      return line.length > 160 && plausibleVersion(Buffer.from(line.slice(0, 8), 'hex').readUInt32LE(0)) ? 0.6 : 0;
    }
    // Binary: a plausible version, and a previous-block hash whose high-order bytes are zero (proof of work).
    const version = sample.head.length >= 81 ? sample.head.readUInt32LE(0) : 0;
    const powZeros = sample.head.length >= 81 && sample.head.subarray(32, 36).every((b) => b === 0);
    return plausibleVersion(version) && powZeros && sample.size <= MAX_BLOCK_BYTES ? 0.5 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = input.options.chain ?? 'BTC';
    const head = Buffer.alloc(Math.min(input.size, 4096));
    const handle = await fs.open(input.path, 'r');
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    if (!isHexText(head)) {
      if (input.size > MAX_BLOCK_BYTES) throw new AppError('IMPORT_REJECTED', `${input.name}: ${input.size} bytes is too large for one block.`, { file: input.name });
      const bytes = await fs.readFile(input.path);
      input.onBytes(bytes.length);
      yield* blockAt(chain, bytes, { byteOffset: 0 }, 0);
      return;
    }
    for await (const { text, line } of readLines(input)) {
      if (!HEX_LINE.test(text.trim())) {
        yield rejectAt({ line }, 'block', 'expected hex digits');
        continue;
      }
      yield* blockAt(chain, Buffer.from(text.trim(), 'hex'), { line });
    }
  },
};

/** Bitcoin Core's block files: each block framed by the network magic and its size. */
export const bitcoinBlkDat: ImportFormat = {
  id: 'bitcoin-blk-dat',
  label: 'Bitcoin Core block file (blk*.dat)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    return sample.head.length >= 8 && MAGICS[sample.head.subarray(0, 4).toString('hex')] !== undefined ? 0.95 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const handle = await fs.open(input.path, 'r');
    try {
      const frame = Buffer.alloc(8);
      let offset = 0;
      while (offset + 8 <= input.size) {
        await handle.read(frame, 0, 8, offset);
        const magic = frame.subarray(0, 4).toString('hex');
        // Core preallocates block files; trailing zeros end the data.
        if (magic === '00000000') break;
        const chain = input.options.chain ?? MAGICS[magic];
        if (!chain) {
          throw new AppError('IMPORT_REJECTED', `${input.name}: byte offset ${offset}: expected a block-file magic, found ${magic}; the rest of the file cannot be framed.`, {
            file: input.name,
            byteOffset: offset,
          });
        }
        const size = frame.readUInt32LE(4);
        if (size > MAX_BLOCK_BYTES || offset + 8 + size > input.size) {
          throw new AppError('IMPORT_REJECTED', `${input.name}: byte offset ${offset}: block of ${size} bytes runs past the end of the file (truncated).`, {
            file: input.name,
            byteOffset: offset,
          });
        }
        const bytes = Buffer.alloc(size);
        await handle.read(bytes, 0, size, offset + 8);
        yield* blockAt(chain, bytes, { byteOffset: offset }, offset + 8);
        offset += 8 + size;
        input.onBytes(offset);
      }
    } finally {
      await handle.close();
    }
  },
};

/** Raw transactions as hex, one per line (getrawtransaction without verbose). */
export const bitcoinRawTx: ImportFormat = {
  id: 'bitcoin-raw-tx',
  label: 'Raw Bitcoin transactions (hex, one per line)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    if (!isHexText(sample.head)) return 0;
    try {
      parseTx(Buffer.from(firstLine(sample.head), 'hex'));
      return 0.7;
    } catch {
      return 0;
    }
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    const chain = input.options.chain ?? 'BTC';
    for await (const { text, line } of readLines(input)) {
      try {
        if (!HEX_LINE.test(text.trim())) throw new Error('expected hex digits');
        yield txRecord(chain, parseTx(Buffer.from(text.trim(), 'hex')), null);
      } catch (error) {
        yield rejectError({ line }, error);
      }
    }
  },
};

/** A block's records, or one reject located at the block (its line, or its byte offset plus where decoding stopped). */
function* blockAt(chain: Chain, bytes: Buffer, where: { line?: number; byteOffset?: number }, bodyAt?: number): Generator<ImportRecord> {
  let records: ImportRecord[];
  try {
    records = [...blockRecords(chain, parseBlock(bytes))];
  } catch (error) {
    yield rejectError(error instanceof BlockBytesError && bodyAt !== undefined ? { byteOffset: bodyAt + error.byteOffset } : where, error);
    return;
  }
  yield* records;
}

/** Block versions seen on chain: 1-4, or BIP-9 version bits (top bits 001). */
const plausibleVersion = (version: number): boolean => (version >= 1 && version <= 4) || version >>> 29 === 1;

/** Detection is lenient (trailing bytes, a cut): the import then reports exactly what is wrong, located. */
function decodes(line: string): boolean {
  try {
    bitcoin.Block.fromBuffer(Buffer.from(line, 'hex'));
    return true;
  } catch {
    return false;
  }
}
