import fs from 'node:fs';
import { createHash } from 'node:crypto';
import * as bitcoin from 'bitcoinjs-lib';
import { describe, expect, it } from 'vitest';
import type { UtxoTxRecord } from '../import/records';
import { fixture } from '../test-support/fixtures';
import { addressFromString } from './addresses';
import { toBigQueryRow } from './bigquery-jsonl';
import { SUBSIDY } from './chain-builder';
import { generateDemo } from './generator';

const digest = (seed: number, scale = 0): string => {
  const h = createHash('sha256');
  for (const r of generateDemo({ seed, scale }).records) h.update(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)));
  return h.digest('hex');
};
const txsOf = (scale = 0): UtxoTxRecord[] => [...generateDemo({ scale }).records].filter((r): r is UtxoTxRecord => r.kind === 'utxo-tx');

describe('demo generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(digest(7)).toBe(digest(7));
    expect(digest(7)).not.toBe(digest(8));
  });

  it('makes addresses whose checksums and script programs validate', () => {
    const addresses = new Set(txsOf(2_000).flatMap((t) => t.outputs.map((o) => o.address ?? '')));
    const types = new Set<string>();
    for (const a of addresses) {
      const parsed = addressFromString(a);
      types.add(parsed.scriptType);
      if (parsed.scriptType === 'pubkeyhash') expect(bitcoin.address.fromBase58Check(a).version).toBe(0);
      else expect(bitcoin.address.fromBech32(a).prefix).toBe('bc');
    }
    expect([...types].sort()).toEqual(['pubkeyhash', 'witness_v0_keyhash', 'witness_v1_taproot']);
  });

  it('balances every transaction, pays coinbases subsidy plus fees, and never spends an output twice', () => {
    const txs = txsOf(5_000);
    const spent = new Set<string>();
    const made = new Map<string, bigint>();
    let blockFees = 0n;
    let coinbase: UtxoTxRecord | undefined;
    const settle = () => coinbase && expect(coinbase.outputs[0]?.value).toBe(SUBSIDY + blockFees);
    for (const tx of txs) {
      if (tx.isCoinbase) {
        settle();
        coinbase = tx;
        blockFees = 0n;
      } else {
        const inSum = tx.inputs.reduce((s, i) => s + (i.value ?? 0n), 0n);
        const outSum = tx.outputs.reduce((s, o) => s + o.value, 0n);
        expect(inSum - outSum).toBeGreaterThan(0n);
        blockFees += inSum - outSum;
        for (const i of tx.inputs) {
          const key = `${i.prevTxid}:${i.prevVout}`;
          expect(spent.has(key)).toBe(false);
          spent.add(key);
          if (made.has(key)) expect(made.get(key)).toBe(i.value);
        }
      }
      for (const o of tx.outputs) made.set(`${tx.txid}:${o.vout}`, o.value);
      expect(tx.outputs.every((o) => o.value > 0n)).toBe(true);
    }
    settle();
  });

  it('adds exactly --scale background transactions and keeps block times increasing', () => {
    const story = txsOf(0).filter((t) => !t.isCoinbase).length;
    const txs = txsOf(3_000);
    expect(txs.filter((t) => !t.isCoinbase).length).toBe(story + 3_000);
    const times = txs.map((t) => t.blockTime ?? 0);
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
  });

  it('writes rows in the exact shape of bitcoin-etl crypto_bitcoin.transactions', () => {
    const real = JSON.parse(
      fs.readFileSync(fixture('bitcoin-etl-fixtures/bitcoin/block_with_transactions/expected_transactions.json'), 'utf8').split('\n')[1] ?? '',
    ) as { inputs: Record<string, unknown>[]; outputs: Record<string, unknown>[] };
    const tx = txsOf(0).find((t) => !t.isCoinbase && t.inputs.length > 0) as UtxoTxRecord;
    const row = toBigQueryRow(tx) as { inputs: Record<string, unknown>[]; outputs: Record<string, unknown>[]; fee: number };
    expect(Object.keys(row).sort()).toEqual(Object.keys(real).sort());
    expect(Object.keys(row.inputs[0] ?? {}).sort()).toEqual(Object.keys(real.inputs[0] ?? {}).sort());
    expect(Object.keys(row.outputs[0] ?? {}).sort()).toEqual(Object.keys(real.outputs[0] ?? {}).sort());
    expect(row.fee).toBeGreaterThan(0);
    const out = row.outputs[0] as { script_hex: string; addresses: string[] };
    expect(bitcoin.address.fromOutputScript(Buffer.from(out.script_hex, 'hex'))).toBe(out.addresses[0]);
  });
});
