import type Database from 'better-sqlite3';
import { buildAddressIndex, outputOwners, type AddressIndex } from './address-index';
import { createScratch, type TraceScratch } from '../taint/fast-forward';
import { loadLedgerGraph, type LedgerGraph } from './ledger-graph';

export interface LoadedLedger {
  g: LedgerGraph;
  index: () => AddressIndex;
  owner: () => Int32Array;
  scratch: () => TraceScratch;
}

const cache = new WeakMap<Database.Database, { stamp: string; ledger: LoadedLedger }>();

/** Every change to the ledger lands with an audit entry; the analyst's own work (analysis, findings) leaves it as it was. */
const stampOf = (db: Database.Database): string =>
  `${(db
    .prepare(`SELECT hash FROM audit_log WHERE action NOT LIKE 'analysis.%' AND action NOT LIKE 'finding.%' ORDER BY seq DESC LIMIT 1`)
    .pluck()
    .get() as string | undefined) ?? ''}`;

export const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** The case's ledger graph, loaded once per ledger state and shared by traces and analysis runs. */
export function ledgerOf(db: Database.Database): LoadedLedger {
  const stamp = stampOf(db);
  const hit = cache.get(db);
  if (hit && hit.stamp === stamp) return hit.ledger;
  const g = loadLedgerGraph(db);
  const ledger = { g, index: lazy(() => buildAddressIndex(g)), owner: lazy(() => outputOwners(g)), scratch: lazy(() => createScratch(g)) };
  cache.set(db, { stamp, ledger });
  return ledger;
}
