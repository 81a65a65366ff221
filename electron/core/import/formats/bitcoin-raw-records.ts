import * as bitcoin from 'bitcoinjs-lib';
import type { Chain } from '../../../../shared/domain/chain';
import { networkFor } from '../../chain/networks';
import { addressForScript } from '../../chain/script-address';
import { classifyScript } from '../../chain/script-type';
import { FieldError } from '../json-exact';
import type { BlockRecord, ImportRecord, UtxoTxRecord } from '../records';
import { utxoAmount } from './fields';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
/** Hashes inside raw transactions are little-endian; ids are shown reversed. */
const reversedHex = (bytes: Uint8Array): string => Buffer.from(bytes).reverse().toString('hex');

/** Decodes one serialized block (no checks beyond its encoding); throws a FieldError the caller locates. */
export function decodeBlock(bytes: Uint8Array): bitcoin.Block {
  try {
    return bitcoin.Block.fromBuffer(bytes);
  } catch (error) {
    throw new FieldError('block', `not a serialized block: ${(error as Error).message}`);
  }
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
      : tx.ins.map((input, vin) => ({ vin, prevTxid: reversedHex(input.hash), prevVout: input.index, address: null, value: null, sequence: input.sequence })),
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
