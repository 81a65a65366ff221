import type { LedgerGraph } from '../graph/ledger-graph';

export type CoinjoinKind = 'whirlpool' | 'wasabi' | 'joinmarket';

const WHIRLPOOL_DENOMINATIONS = new Set([100_000, 1_000_000, 5_000_000, 50_000_000]);

/** A value with no sub-0.0001 BTC digits: payments are round, change usually is not. */
export const isRound = (sats: number): boolean => sats % 10_000 === 0;

// Reused by every call (clustering asks once per transaction of a million): cleared, not reallocated.
const valueCounts = new Map<number, number>();
const inputAddresses = new Set<number>();

/**
 * C2: equal-output CoinJoin shapes. Whirlpool: 5 in, 5 equal outputs of a pool denomination. Wasabi: 10+ equal outputs.
 * JoinMarket: n >= 3 equal outputs, at most n change outputs, at least n distinct input addresses.
 */
export function coinjoinKind(g: LedgerGraph, tx: number): CoinjoinKind | null {
  const o0 = g.outStart[tx] as number;
  const o1 = g.outStart[tx + 1] as number;
  const nOut = o1 - o0;
  if (nOut < 3) return null;
  valueCounts.clear();
  let best = 0;
  let bestValue = 0;
  for (let k = o0; k < o1; k++) {
    const v = g.outValue[k] as number;
    const c = (valueCounts.get(v) ?? 0) + 1;
    valueCounts.set(v, c);
    if (c > best) [best, bestValue] = [c, v];
  }
  if (best < 3) return null;
  inputAddresses.clear();
  for (let k = g.inStart[tx] as number; k < (g.inStart[tx + 1] as number); k++) inputAddresses.add(g.inAddr[k] as number);
  const inputs = inputAddresses.size;
  if (inputs < Math.min(best, 5)) return null;
  if (nOut === 5 && best === 5 && WHIRLPOOL_DENOMINATIONS.has(bestValue)) return 'whirlpool';
  if (best >= 10) return 'wasabi';
  if (nOut <= 2 * best && inputs >= best) return 'joinmarket';
  return null;
}

/**
 * C3 one-time change: 2-10 outputs, every input of one script type, and exactly one output of that type with a
 * non-round value paid to a fresh address. Returns its global output index, or -1.
 */
export function oneTimeChange(g: LedgerGraph, tx: number, fresh: (k: number) => boolean): number {
  const o0 = g.outStart[tx] as number;
  const o1 = g.outStart[tx + 1] as number;
  if (o1 - o0 < 2 || o1 - o0 > 10) return -1;
  let type = -1;
  for (let k = g.inStart[tx] as number; k < (g.inStart[tx + 1] as number); k++) {
    const prev = g.inPrev[k] as number;
    if (prev < 0) return -1;
    const t = g.outType[prev] as number;
    if (type !== -1 && t !== type) return -1;
    type = t;
  }
  let candidate = -1;
  for (let k = o0; k < o1; k++) {
    if (g.outType[k] !== type || isRound(g.outValue[k] as number) || !fresh(k)) continue;
    if (candidate !== -1) return -1;
    candidate = k;
  }
  return candidate;
}

const isPeelShape = (g: LedgerGraph, t: number): boolean => {
  const nIn = (g.inStart[t + 1] as number) - (g.inStart[t] as number);
  return !g.txCoinbase[t] && nIn >= 1 && nIn <= 2 && (g.outStart[t + 1] as number) - (g.outStart[t] as number) === 2;
};

/**
 * C4 peel step: 1-2 inputs, 2 outputs, the larger output non-round and spent by a transaction of the same shape.
 * Returns the global index of that larger output, or -1.
 */
export function peelContinuation(g: LedgerGraph, tx: number): number {
  if (!isPeelShape(g, tx)) return -1;
  const a = g.outStart[tx] as number;
  const larger = (g.outValue[a] as number) >= (g.outValue[a + 1] as number) ? a : a + 1;
  const next = g.outSpentBy[larger] as number;
  return !isRound(g.outValue[larger] as number) && next > 0 && isPeelShape(g, next) ? larger : -1;
}
