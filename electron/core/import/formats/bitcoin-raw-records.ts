import * as bitcoin from 'bitcoinjs-lib';
import type { Chain } from '../../../../shared/domain/chain';
import { networkFor } from '../../chain/networks';
import { addressForScript } from '../../chain/script-address';
import { classifyScript } from '../../chain/script-type';
import { spentAddress } from '../../chain/spent-address';
import { FieldError } from '../json-exact';
import type { BlockRecord, ImportRecord, UtxoTxRecord } from '../records';
import { utxoAmount } from './fields';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
/** Hashes inside raw transactions are little-endian; ids are shown reversed. */
export const reversedHex = (bytes: Uint8Array): string => Buffer.from(bytes).reverse().toString('hex');

/** A block that does not decode, with the byte offset (within the block) where decoding stopped. */
export class BlockBytesError extends FieldError {
  constructor(
    reason: string,
    readonly byteOffset: number,
  ) {
    super('block', reason);
  }
}

const HEADER_BYTES = 80;

/** Reads Bitcoin's CompactSize integer at `at`: its value and its length in bytes, or null past the end. */
function compactSize(bytes: Uint8Array, at: number): { value: number; size: number } | null {
  const first = bytes[at];
  if (first === undefined) return null;
  const size = first < 0xfd ? 1 : first === 0xfd ? 3 : first === 0xfe ? 5 : 9;
  if (at + size > bytes.length) return null;
  if (size === 1) return { value: first, size };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + at + 1, size - 1);
  return { value: size === 3 ? view.readUInt16LE(0) : size === 5 ? view.readUInt32LE(0) : Number(view.readBigUInt64LE(0)), size };
}

/**
 * Decodes one serialized block transaction by transaction, so a cut is reported where the block ends and which
 * transaction it cuts, and bytes after the last transaction are refused (a block is exactly its transactions).
 */
export function decodeBlock(bytes: Uint8Array): bitcoin.Block {
  if (bytes.length < HEADER_BYTES) throw new BlockBytesError(`truncated: the block ends at byte offset ${bytes.length}, inside its 80-byte header`, bytes.length);
  const block = bitcoin.Block.fromBuffer(bytes.subarray(0, HEADER_BYTES));
  const count = compactSize(bytes, HEADER_BYTES);
  if (!count) throw new BlockBytesError(`truncated: the block ends at byte offset ${bytes.length}, before its transaction count`, bytes.length);
  const txs: bitcoin.Transaction[] = [];
  let at = HEADER_BYTES + count.size;
  for (let n = 0; n < count.value; n++) {
    if (at >= bytes.length) {
      throw new BlockBytesError(`truncated: the block ends at byte offset ${bytes.length}, after ${n} of its ${count.value} transactions`, bytes.length);
    }
    let tx: bitcoin.Transaction;
    try {
      tx = bitcoin.Transaction.fromBuffer(bytes.subarray(at), true);
    } catch (error) {
      throw new BlockBytesError(
        `truncated: the block ends at byte offset ${bytes.length}, inside transaction ${n} of ${count.value} (which starts at byte offset ${at}: ${(error as Error).message})`,
        bytes.length,
      );
    }
    txs.push(tx);
    at += tx.byteLength();
  }
  if (at < bytes.length) {
    throw new BlockBytesError(`${bytes.length - at} bytes follow the block's last transaction (from byte offset ${at}): not one block`, at);
  }
  block.transactions = txs;
  return block;
}

/** Decodes a block and checks its merkle root against its transactions. */
export function parseBlock(bytes: Uint8Array): bitcoin.Block {
  const block = decodeBlock(bytes);
  if (!block.transactions || block.transactions.length === 0) throw new FieldError('block', 'a block without transactions');
  if (!block.checkTxRoots()) throw new FieldError('merkleRoot', `merkle root does not match the block's transactions (block ${block.getId()})`);
  return block;
}

/** The block and its transactions as records; inputs carry no values (the writer resolves them from the case). */
export function* blockRecords(chain: Chain, block: bitcoin.Block): Generator<ImportRecord> {
  const hash = block.getId();
  const txs = block.transactions ?? [];
  const height = bip34Height(block);
  const record: BlockRecord = {
    kind: 'block',
    chain,
    hash,
    height,
    time: block.timestamp,
    prevHash: block.prevHash ? reversedHex(block.prevHash) : null,
    merkleRoot: block.merkleRoot ? reversedHex(block.merkleRoot) : null,
    txCount: txs.length,
  };
  yield record;
  for (const [index, tx] of txs.entries()) yield txRecord(chain, tx, { hash, height, time: block.timestamp, index });
}

export function parseTx(bytes: Uint8Array): bitcoin.Transaction {
  try {
    return bitcoin.Transaction.fromBuffer(bytes);
  } catch (error) {
    throw new FieldError('tx', `not a serialized transaction: ${(error as Error).message}`);
  }
}

export function txRecord(
  chain: Chain,
  tx: bitcoin.Transaction,
  block: { hash: string; height: number | null; time: number; index: number } | null,
): UtxoTxRecord {
  const network = networkFor(chain);
  const isCoinbase = tx.isCoinbase();
  return {
    kind: 'utxo-tx',
    chain,
    txid: tx.getId(),
    blockHash: block?.hash ?? null,
    blockHeight: block?.height ?? null,
    blockTime: block?.time ?? null,
    txIndex: block?.index ?? null,
    isCoinbase,
    coinbaseScript: isCoinbase && tx.ins[0] ? hex(tx.ins[0].script) : null,
    version: tx.version,
    locktime: tx.locktime,
    size: tx.byteLength(),
    vsize: tx.virtualSize(),
    inputs: isCoinbase
      ? []
      : tx.ins.map((input, vin) => ({
          vin,
          prevTxid: reversedHex(input.hash),
          prevVout: input.index,
          // Derived from the spending script where it reveals the key; the previous output, when it arrives, agrees.
          address: spentAddress(input.script, input.witness, network),
          value: null,
          sequence: input.sequence,
        })),
    outputs: tx.outs.map((output, vout) => ({
      vout,
      address: addressForScript(output.script, network),
      value: utxoAmount(output.value, `vout[${vout}].value`),
      scriptType: classifyScript(output.script),
    })),
  };
}

/** BIP-34: from block version 2 the coinbase script starts with the height. */
function bip34Height(block: bitcoin.Block): number | null {
  const script = block.version >= 2 ? block.transactions?.[0]?.ins[0]?.script : undefined;
  const n = script?.[0];
  if (!script || n === undefined || n < 1 || n > 8 || script.length < n + 1) return null;
  let height = 0;
  for (let i = n; i >= 1; i -= 1) height = height * 256 + (script[i] as number);
  return height;
}
