import type { AnalysisSettings, Heuristic } from '../../../../shared/domain/analysis';
import type { LedgerGraph } from '../graph/ledger-graph';
import { SERVICE_CATEGORIES } from '../../../../shared/category/categories';
import type { AddressTag } from '../tags';
import { coinjoinKind, oneTimeChange, peelContinuation, type CoinjoinKind } from './tx-shape';
import { UnionFind } from './union-find';

export const HEURISTIC_CONFIDENCE: Record<Heuristic, number> = { C1: 90, C2: 80, 'C3-reuse': 100, 'C3-change': 50, C4: 70 };

/** Evidence rows in parallel arrays (one entry per merge or per heuristic hit), cheap at millions of rows. */
export class EvidenceLog {
  readonly heuristic: Heuristic[] = [];
  readonly tx: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly merged: boolean[] = [];

  push(heuristic: Heuristic, tx: number, a: number, b: number, merged: boolean): void {
    this.heuristic.push(heuristic);
    this.tx.push(tx);
    this.a.push(a);
    this.b.push(b);
    this.merged.push(merged);
  }

  get length(): number {
    return this.tx.length;
  }
}

export interface GuardEvent {
  kind: 'conflict' | 'growth';
  tx: number;
  a: number;
  b: number;
  tags: [AddressTag, AddressTag] | null;
  /** Addresses the cluster gained in this transaction. */
  growth: number;
}

export interface Clustering {
  uf: UnionFind;
  evidence: EvidenceLog;
  guards: GuardEvent[];
  coinjoins: Map<number, CoinjoinKind>;
}

/** The tag that names an entity: an actor or a service category. Two different ones in one cluster conflict. */
const entityTag = (tags: readonly AddressTag[] | undefined): AddressTag | undefined =>
  tags?.find((t) => t.actor !== null || (t.category !== null && SERVICE_CATEGORIES.has(t.category)));

export const conflicting = (x: AddressTag, y: AddressTag): boolean =>
  (x.actor !== null && y.actor !== null && x.actor !== y.actor) ||
  (x.category !== null && y.category !== null && SERVICE_CATEGORIES.has(x.category) && SERVICE_CATEGORIES.has(y.category) && x.category !== y.category);

/**
 * C1-C4 over every transaction in row order. C1 merges all input addresses unless C2 vetoes the transaction; C3 and C4
 * are always recorded and merge only when enabled. Each merge is logged with its heuristic and transaction; merges that
 * join conflicting entities, or grow a cluster by more than `guardGrowth` in one transaction, become guard events.
 */
export function clusterLedger(g: LedgerGraph, tags: Map<number, AddressTag[]>, settings: Pick<AnalysisSettings, 'heuristics' | 'guardGrowth'>): Clustering {
  const { heuristics, guardGrowth } = settings;
  const uf = new UnionFind(g.addressSlots);
  const evidence = new EvidenceLog();
  const guards: GuardEvent[] = [];
  const coinjoins = new Map<number, CoinjoinKind>();
  const entity = new Map<number, AddressTag>();
  for (const [id, list] of tags) {
    const t = entityTag(list);
    if (t) entity.set(id, t);
  }
  const firstTx = new Int32Array(g.addressSlots);
  let tx = 0;
  // Made once, not per transaction: an output is fresh when its address first appears in the current transaction.
  const fresh = (k: number): boolean => firstTx[g.outAddr[k] as number] === tx;

  let merges = 0;
  const merge = (tx: number, a: number, b: number, heuristic: Heuristic, enabled: boolean): void => {
    if (a === 0 || b === 0) return;
    const ra = uf.find(a);
    const rb = uf.find(b);
    const willMerge = enabled && ra !== rb;
    if (heuristic !== 'C1' || willMerge) evidence.push(heuristic, tx, a, b, willMerge);
    if (!willMerge) return;
    merges += 1;
    const ta = entity.get(ra);
    const tb = entity.get(rb);
    if (ta && tb && conflicting(ta, tb)) guards.push({ kind: 'conflict', tx, a, b, tags: [ta, tb], growth: 0 });
    const root = uf.union(ra, rb);
    const keep = ta ?? tb;
    entity.delete(ra);
    entity.delete(rb);
    if (keep) entity.set(root, keep);
  };

  for (tx = 1; tx < g.txSlots; tx++) {
    if (g.txCoinbase[tx]) continue;
    const i0 = g.inStart[tx] as number;
    const i1 = g.inStart[tx + 1] as number;
    const o0 = g.outStart[tx] as number;
    const o1 = g.outStart[tx + 1] as number;
    for (let k = o0; k < o1; k++) {
      const addr = g.outAddr[k] as number;
      if (addr !== 0 && firstTx[addr] === 0) firstTx[addr] = tx;
    }
    if (i1 === i0) continue;
    const kind = coinjoinKind(g, tx);
    if (kind && heuristics.coinjoinVeto) {
      coinjoins.set(tx, kind);
      evidence.push('C2', tx, 0, 0, false);
      continue;
    }
    // Merges hang on the first input whose address is known: an unknown one (spent outside the case, script hiding
    // its address) must not cost the transaction the merges of all the others.
    let a0 = 0;
    for (let k = i0; k < i1 && a0 === 0; k++) a0 = g.inAddr[k] as number;
    // The largest cluster among the inputs before this transaction: what the guard measures growth against.
    let largest = 0;
    for (let k = i0; k < i1; k++) if (g.inAddr[k] !== 0) largest = Math.max(largest, uf.size[uf.find(g.inAddr[k] as number)] as number);
    merges = 0;
    for (let k = i0; k < i1; k++) if (g.inAddr[k] !== a0) merge(tx, a0, g.inAddr[k] as number, 'C1', heuristics.sharedInput);
    for (let k = o0; k < o1; k++) {
      const addr = g.outAddr[k] as number;
      for (let j = i0; j < i1; j++) {
        if (g.inAddr[j] !== addr || addr === 0) continue;
        merge(tx, a0, addr, 'C3-reuse', heuristics.changeMerge);
        break;
      }
    }
    const change = oneTimeChange(g, tx, fresh);
    if (change >= 0) merge(tx, a0, g.outAddr[change] as number, 'C3-change', heuristics.changeMerge);
    const peel = peelContinuation(g, tx);
    if (peel >= 0) merge(tx, a0, g.outAddr[peel] as number, 'C4', heuristics.peelChainMerge);
    if (merges > 0 && a0 !== 0) {
      const growth = (uf.size[uf.find(a0)] as number) - largest;
      if (growth > guardGrowth) guards.push({ kind: 'growth', tx, a: a0, b: 0, tags: null, growth });
    }
  }
  return { uf, evidence, guards, coinjoins };
}

/** Cluster id of every address: the smallest member's address id (stable while membership is). */
export function clusterIds(uf: UnionFind): Int32Array {
  const n = uf.parent.length;
  const idOfRoot = new Int32Array(n);
  const ids = new Int32Array(n);
  for (let addr = 1; addr < n; addr++) {
    const root = uf.find(addr);
    if (idOfRoot[root] === 0) idOfRoot[root] = addr;
    ids[addr] = idOfRoot[root] as number;
  }
  return ids;
}
