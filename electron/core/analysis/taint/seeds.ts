import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../../shared/address/canonical';
import { AppError } from '../../../../shared/api/errors';
import { ANY_CHAIN } from '../any-chain';
import type { LoadedLedger } from '../graph/graph-cache';

const TXID = /^[0-9a-fA-F]{64}$/;

/** Output index of (tx row id, vout), or -1. */
export function outputIndex(ledger: LoadedLedger, tx: number, vout: number): number {
  const { g } = ledger;
  for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) if (g.outVout[k] === vout) return k;
  return -1;
}

/**
 * Seeds as typed by the analyst: an address (every output it received), a txid (all its outputs) or txid:vout.
 * Each resolves to outputs with their full value as taint; an unknown reference is an error naming it.
 */
export function resolveSeeds(db: Database.Database, ledger: LoadedLedger, refs: readonly string[]): { seeds: Map<number, number>; summary: { ref: string; outputs: number; value: number }[] } {
  const { g } = ledger;
  const seeds = new Map<number, number>();
  const findTx = db.prepare('SELECT id FROM transactions WHERE txid = ?').pluck();
  const findAddress = db.prepare(`SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`).pluck();
  const summary = refs.map((ref) => {
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
    }
    let value = 0;
    for (const k of outputs) {
      seeds.set(k, g.outValue[k] as number);
      value += g.outValue[k] as number;
    }
    return { ref, outputs: outputs.length, value };
  });
  return { seeds, summary };
}
