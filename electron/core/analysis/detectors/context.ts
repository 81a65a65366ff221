import type Database from 'better-sqlite3';
import type { AnalysisSettings, FindingSubject } from '../../../../shared/domain/analysis';
import type { LoadedLedger } from '../graph/graph-cache';
import type { Lineage } from '../mining/lineage';
import type { Names } from '../names';
import type { AddressTag } from '../tags';
import type { OffchainLink, TraceOutcome } from '../taint/trace-engine';

/** What every detector reads: the ledger, clusters, on-chain taint from abuse-tagged funds, and coinbase lineage. */
export interface DetectorContext {
  db: Database.Database;
  ledger: LoadedLedger;
  settings: AnalysisSettings;
  tags: Map<number, AddressTag[]>;
  /** Cluster id of an address (its own id when it was never merged) and that cluster's size. */
  clusterOf: (addr: number) => number;
  clusterSize: (addr: number) => number;
  taint: TraceOutcome;
  lineage: Lineage;
  names: Names;
  links: Map<number, OffchainLink[]>;
}

export const haircutAt = (ctx: DetectorContext, k: number): number => ctx.taint.taint.get('haircut')?.get(k) ?? 0;
export const poisonAt = (ctx: DetectorContext, k: number): number => ctx.taint.taint.get('poison')?.get(k) ?? 0;
export const ownerTx = (ctx: DetectorContext, k: number): number => ctx.ledger.owner()[k] as number;
export const timeOf = (ctx: DetectorContext, k: number): number => ctx.ledger.g.txTime[ownerTx(ctx, k)] as number;

/** The transactions on the tracing path from a seed to output k, oldest first. */
export function pathTxids(ctx: DetectorContext, k: number): string[] {
  const txs: string[] = [];
  for (let at = k; at >= 0; at = ctx.taint.parent.get(at) ?? -1) {
    const txid = ctx.names.txid(ownerTx(ctx, at));
    if (txs[0] !== txid) txs.unshift(txid);
  }
  return txs;
}

export const outputRef = (ctx: DetectorContext, k: number): string => `${ctx.names.txid(ownerTx(ctx, k))}:${ctx.ledger.g.outVout[k]}`;
export const addressSubject = (ctx: DetectorContext, addr: number): FindingSubject => ({ type: 'address', id: ctx.names.address(addr) });
export const txSubject = (ctx: DetectorContext, tx: number): FindingSubject => ({ type: 'tx', id: ctx.names.txid(tx) });
/** Whole satoshi for display, rounded down (a share never shows more than it is); the epsilon absorbs float noise. */
export const sats = (x: number): string => Math.floor(x + 1e-6).toString();
