import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../../shared/address/canonical';
import { AppError } from '../../../../shared/api/errors';
import { ANY_CHAIN } from '../../db/any-chain';
import type { LoadedLedger } from '../graph/graph-cache';

const TXID = /^[0-9a-fA-F]{64}$/;

/** Output index of (tx row id, vout), or -1. */
export function outputIndex(ledger: LoadedLedger, tx: number, vout: number): number {
  const { g } = ledger;
  for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) if (g.outVout[k] === vout) return k;
  return -1;
}

/** How a seed became outputs: received by it (or named by txid), or the outputs of the transactions it spent in. */
export type SeedKind = 'received' | 'spent';

export interface SeedSummary { ref: string; kind: SeedKind; outputs: number; value: number }

/**
 * Seeds as typed by the analyst: an address (every output it received), a txid (all its outputs) or txid:vout.
 * Each resolves to outputs with their full value as taint; an unknown reference is an error naming it. An address that
 * received nothing in the case but spent (a victim whose funding is not imported) seeds the outputs of the
 * transactions it spent in, each with the address's share of that transaction's inputs.
 */
export function resolveSeeds(db: Database.Database, ledger: LoadedLedger, refs: readonly string[]): { seeds: Map<number, number>; summary: SeedSummary[] } {
  const { g } = ledger;
  const seeds = new Map<number, number>();
  const findTx = db.prepare(`SELECT id FROM transactions WHERE ${ANY_CHAIN} AND txid = ?`).pluck();
  const findAddress = db.prepare(`SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`).pluck();
  const spends = db.prepare(`SELECT i.tx_id AS tx, sum(i.value) AS own, (SELECT sum(a.value) FROM tx_inputs a WHERE a.tx_id = i.tx_id) AS total
    FROM tx_inputs i WHERE i.address_id = ? GROUP BY i.tx_id`);
  const summary = refs.map((ref): SeedSummary => {
    const [head = '', vout] = ref.split(':');
    const outputs: number[] = [];
    if (TXID.test(head)) {
      const tx = findTx.get(head.toLowerCase()) as number | undefined;
      if (tx === undefined) throw new AppError('NOT_FOUND', `Transaction ${head} is not in this case.`, { field: 'from', ref });
      if (vout === undefined) for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) outputs.push(k);
      else {
        const k = /^\d+$/.test(vout) ? outputIndex(ledger, tx, Number(vout)) : -1;
        if (k < 0) throw new AppError('NOT_FOUND', `Output ${ref} is not in this case.`, { field: 'from', ref });
        outputs.push(k);
      }
    } else {
      const addr = findAddress.get(lookupAddress(ref)) as number | undefined;
      if (addr === undefined) throw new AppError('NOT_FOUND', `${ref} is neither a txid nor an address of this case.`, { field: 'from', ref });
      const index = ledger.index();
      for (let p = index.outStart[addr] as number; p < (index.outStart[addr + 1] as number); p++) outputs.push(index.outs[p] as number);
      if (outputs.length === 0) return seedSpends(ref, spends.all(addr) as { tx: number; own: number; total: number }[]);
    }
    let value = 0;
    for (const k of outputs) {
      seeds.set(k, g.outValue[k] as number);
      value += g.outValue[k] as number;
    }
    return { ref, kind: 'received', outputs: outputs.length, value };
  });

  function seedSpends(ref: string, txs: { tx: number; own: number; total: number }[]): SeedSummary {
    let outputs = 0;
    let value = 0;
    for (const { tx, own, total } of txs) {
      const share = total > 0 ? own / total : 0;
      for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) {
        const taint = Math.floor((g.outValue[k] as number) * share);
        seeds.set(k, (seeds.get(k) ?? 0) + taint);
        outputs += 1;
        value += taint;
      }
    }
    return { ref, kind: 'spent', outputs, value };
  }
  return { seeds, summary };
}
