import * as bitcoin from 'bitcoinjs-lib';
import { formatBaseUnits } from '../../../../shared/amount';
import { addressForScript } from '../../chain/script-address';
import { FieldError, isObject, type JsonObject } from '../json-exact';
import type { UtxoTxRecord } from '../records';
import { reversedHex } from './bitcoin-raw-records';

/** Decodes a Core transaction's own `hex`; null when the document carries none (older or trimmed exports). */
export function decodedHex(tx: JsonObject): bitcoin.Transaction | null {
  if (typeof tx.hex !== 'string') return null;
  try {
    return bitcoin.Transaction.fromHex(tx.hex);
  } catch (error) {
    throw new FieldError('hex', `not a serialized transaction: ${(error as Error).message}`);
  }
}

const btc = (sats: bigint | number): string => `${formatBaseUnits(BigInt(sats), 8)} BTC`;

/**
 * Checks the decoded fields of a Core transaction against its own serialization: a document that says one thing in
 * `vout[1].value` and another in `hex` has been edited or corrupted, and neither reading can be trusted.
 */
export function checkAgainstHex(record: UtxoTxRecord, raw: JsonObject, decoded: bitcoin.Transaction, network: bitcoin.Network): void {
  const disagree = (field: string, here: string, there: string): never => {
    throw new FieldError(field, `says ${here} but the transaction's own hex says ${there}; the document contradicts itself`);
  };
  if (decoded.getId() !== record.txid) disagree('txid', record.txid, decoded.getId());
  if (record.version !== null && record.version !== decoded.version) disagree('version', String(record.version), String(decoded.version));
  if (record.locktime !== null && record.locktime !== decoded.locktime) disagree('locktime', String(record.locktime), String(decoded.locktime));
  const vin = raw.vin as unknown[];
  if (vin.length !== decoded.ins.length) disagree('vin', `${vin.length} inputs`, `${decoded.ins.length}`);
  if (record.isCoinbase) {
    const script = Buffer.from(decoded.ins[0]?.script ?? []).toString('hex');
    if (record.coinbaseScript !== script) disagree('vin[0].coinbase', record.coinbaseScript ?? 'nothing', script);
  }
  record.inputs.forEach((input, n) => {
    const actual = decoded.ins[n] as bitcoin.Transaction['ins'][number];
    const prevTxid = reversedHex(actual.hash);
    if (input.prevTxid !== prevTxid) disagree(`vin[${n}].txid`, input.prevTxid ?? 'nothing', prevTxid);
    if (input.prevVout !== null && input.prevVout !== actual.index) disagree(`vin[${n}].vout`, String(input.prevVout), String(actual.index));
  });
  if (record.outputs.length !== decoded.outs.length) disagree('vout', `${record.outputs.length} outputs`, `${decoded.outs.length}`);
  const vout = raw.vout as unknown[];
  record.outputs.forEach((output, n) => {
    const actual = decoded.outs[n] as bitcoin.Transaction['outs'][number];
    if (output.vout !== n) disagree(`vout[${n}].n`, String(output.vout), String(n));
    if (output.value !== actual.value) disagree(`vout[${n}].value`, btc(output.value), btc(actual.value));
    const spk = isObject(vout[n]) && isObject((vout[n] as JsonObject).scriptPubKey) ? ((vout[n] as JsonObject).scriptPubKey as JsonObject) : null;
    const script = Buffer.from(actual.script).toString('hex');
    if (spk && typeof spk.hex === 'string') {
      if (spk.hex.toLowerCase() !== script) disagree(`vout[${n}].scriptPubKey.hex`, spk.hex.slice(0, 80), script.slice(0, 80));
    } else {
      const address = addressForScript(actual.script, network);
      if (output.address !== null && address !== null && output.address !== address) disagree(`vout[${n}].scriptPubKey.address`, output.address, address);
    }
  });
}
