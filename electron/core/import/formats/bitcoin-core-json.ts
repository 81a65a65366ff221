import fs from 'node:fs/promises';
import { decimalToBaseUnits } from '../../../../shared/amount';
import { AppError } from '../../../../shared/api/errors';
import type { Chain } from '../../../../shared/domain/chain';
import type * as bitcoin from 'bitcoinjs-lib';
import { networkFor } from '../../chain/networks';
import { addressForScript, normalizeScriptType } from '../../chain/script-address';
import { spentAddress } from '../../chain/spent-address';
import { checkAgainstHex, decodedHex } from './core-json-hex';
import type { FileSample, ImportFormat, ImportInput } from '../format';
import { utxoAmount } from './fields';
import { FieldError, intField, isObject, jsonErrorLocation, parseJsonExact, stringField, type JsonObject } from '../json-exact';
import type { BlockRecord, ImportRecord, UtxoInputRecord, UtxoOutputRecord, UtxoTxRecord } from '../records';

const HASH = /^[0-9a-f]{64}$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** Bitcoin Core RPC JSON: `getblock <hash> 2` and `getrawtransaction <txid> true`, bare or wrapped in {result}. */
export const bitcoinCoreJson: ImportFormat = {
  id: 'bitcoin-core-json',
  label: 'Bitcoin Core JSON (getblock 2 / getrawtransaction verbose)',
  kind: 'ledger',
  version: '1',
  detect(sample: FileSample): number {
    const text = sample.head.toString('utf8');
    if (!/^\s*[[{]/.test(text)) return 0;
    const looksCore = /"(vin|vout)"\s*:/.test(text) || /"tx"\s*:\s*\[\s*\{/.test(text);
    const hasCoreFields = /"(merkleroot|confirmations|scriptPubKey|txid)"/.test(text);
    return looksCore && hasCoreFields ? 0.9 : 0;
  },
  async *read(input: ImportInput): AsyncIterable<ImportRecord> {
    // One JSON document is read whole; a getblock response is a few MB, so anything this large is not one.
    if (input.size > MAX_DOCUMENT_BYTES) {
      throw new AppError('IMPORT_REJECTED', `${input.name}: ${input.size} bytes is more than one Core JSON document can be (${MAX_DOCUMENT_BYTES >> 20} MiB); split it.`, { file: input.name });
    }
    const chain = input.options.chain ?? 'BTC';
    const text = await fs.readFile(input.path, 'utf8');
    input.onBytes(Buffer.byteLength(text));
    let doc: unknown;
    try {
      doc = parseJsonExact(text);
    } catch (error) {
      yield { kind: 'reject', ...jsonErrorLocation(text, error), field: null, reason: `not valid JSON: ${(error as Error).message.slice(0, 160)}` };
      return;
    }
    const documents = Array.isArray(doc) ? doc : [doc];
    for (const [index, raw] of documents.entries()) {
      const item = isObject(raw) && isObject(raw.result) ? raw.result : raw;
      if (!isObject(item)) {
        yield reject(`document ${index + 1}`, 'document', 'expected a block or transaction object');
        continue;
      }
      try {
        if (Array.isArray(item.tx)) yield* readBlock(chain, item);
        else if (Array.isArray(item.vin) && Array.isArray(item.vout)) yield readTx(chain, item, null, null);
        else yield reject(`document ${index + 1}`, 'document', 'neither a getblock (verbosity 2) nor a getrawtransaction result');
      } catch (error) {
        yield fieldReject(error, `document ${index + 1}`);
      }
    }
  },
};

function* readBlock(chain: Chain, block: JsonObject): Generator<ImportRecord> {
  const hash = requiredHash(block, 'hash');
  const record: BlockRecord = {
    kind: 'block',
    chain,
    hash,
    height: intField(block, 'height'),
    time: intField(block, 'time'),
    prevHash: stringField(block, 'previousblockhash'),
    merkleRoot: stringField(block, 'merkleroot'),
    txCount: intField(block, 'nTx') ?? (block.tx as unknown[]).length,
  };
  yield record;
  for (const [index, tx] of (block.tx as unknown[]).entries()) {
    if (!isObject(tx)) {
      yield reject(`block ${hash} tx ${index}`, 'tx', 'verbosity 2 expected: transactions must be objects');
      continue;
    }
    try {
      yield readTx(chain, tx, record, index);
    } catch (error) {
      yield fieldReject(error, `block ${hash} tx ${index}`);
    }
  }
}

function readTx(chain: Chain, tx: JsonObject, block: BlockRecord | null, index: number | null): UtxoTxRecord {
  const txid = requiredHash(tx, 'txid');
  const network = networkFor(chain);
  const decoded = decodedHex(tx);
  const vin = tx.vin as unknown[];
  const first = vin[0];
  const isCoinbase = isObject(first) && typeof first.coinbase === 'string';
  const inputs: UtxoInputRecord[] = isCoinbase
    ? []
    : vin.map((raw, n) => {
        if (!isObject(raw)) throw new FieldError(`vin[${n}]`, 'expected an object');
        const prevout = isObject(raw.prevout) ? raw.prevout : null;
        return {
          vin: n,
          prevTxid: requiredHash(raw, 'txid', `vin[${n}].txid`),
          prevVout: intField(raw, 'vout'),
          address: prevout && isObject(prevout.scriptPubKey) ? scriptAddress(prevout.scriptPubKey, network) : spendingAddress(raw, decoded?.ins[n], network),
          value: prevout ? btc(prevout, 'value', `vin[${n}].prevout.value`) : null,
          sequence: intField(raw, 'sequence'),
        };
      });
  const outputs: UtxoOutputRecord[] = (tx.vout as unknown[]).map((raw, n) => {
    if (!isObject(raw)) throw new FieldError(`vout[${n}]`, 'expected an object');
    const spk = isObject(raw.scriptPubKey) ? raw.scriptPubKey : {};
    return {
      vout: intField(raw, 'n') ?? n,
      address: scriptAddress(spk, network),
      value: btc(raw, 'value', `vout[${n}].value`),
      scriptType: normalizeScriptType(stringField(spk, 'type')),
    };
  });
  const record: UtxoTxRecord = {
    kind: 'utxo-tx',
    chain,
    txid,
    blockHash: block?.hash ?? stringField(tx, 'blockhash'),
    blockHeight: block?.height ?? null,
    blockTime: block?.time ?? intField(tx, 'blocktime'),
    txIndex: index,
    isCoinbase,
    coinbaseScript: isCoinbase && isObject(first) ? (first.coinbase as string) : null,
    version: intField(tx, 'version'),
    locktime: intField(tx, 'locktime'),
    size: intField(tx, 'size'),
    vsize: intField(tx, 'vsize'),
    inputs,
    outputs,
  };
  if (decoded) checkAgainstHex(record, tx, decoded, network);
  return record;
}

/** Without a prevout, the spent address as the input's own scriptSig and witness reveal it (see spentAddress). */
function spendingAddress(raw: JsonObject, decoded: bitcoin.Transaction['ins'][number] | undefined, network: bitcoin.Network): string | null {
  if (decoded) return spentAddress(decoded.script, decoded.witness, network);
  const scriptSig = isObject(raw.scriptSig) && typeof raw.scriptSig.hex === 'string' ? raw.scriptSig.hex : '';
  const witness = Array.isArray(raw.txinwitness) ? raw.txinwitness.filter((w): w is string => typeof w === 'string') : [];
  if (!HEX.test(scriptSig) || !witness.every((w) => HEX.test(w))) return null;
  return spentAddress(Buffer.from(scriptSig, 'hex'), witness.map((w) => Buffer.from(w, 'hex')), network);
}

function scriptAddress(spk: JsonObject, network: bitcoin.Network): string | null {
  if (typeof spk.address === 'string') return spk.address;
  if (Array.isArray(spk.addresses) && spk.addresses.length === 1 && typeof spk.addresses[0] === 'string') {
    return spk.addresses[0];
  }
  return typeof spk.hex === 'string' ? addressForScript(spk.hex, network) : null;
}

function btc(obj: JsonObject, key: string, field: string): bigint {
  const v = obj[key];
  if (typeof v !== 'string') throw new FieldError(field, 'missing amount');
  try {
    const sats = decimalToBaseUnits(v, 8);
    if (sats < 0n) throw new FieldError(field, 'negative amount');
    return utxoAmount(sats, field);
  } catch (error) {
    if (error instanceof FieldError) throw error;
    throw new FieldError(field, `not an amount in BTC: ${v.slice(0, 40)}`);
  }
}

function requiredHash(obj: JsonObject, key: string, field: string = key): string {
  const v = obj[key];
  if (typeof v !== 'string' || !HASH.test(v)) throw new FieldError(field, 'expected a 64-digit lowercase hex hash');
  return v;
}

function reject(where: string, field: string | null, reason: string): ImportRecord {
  return { kind: 'reject', line: null, byteOffset: null, field, reason: `${where}: ${reason}` };
}

function fieldReject(error: unknown, where: string): ImportRecord {
  if (error instanceof FieldError) return reject(where, error.field, error.message);
  return reject(where, 'document', (error as Error).message);
}
