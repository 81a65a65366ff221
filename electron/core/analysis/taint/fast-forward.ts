import type { LedgerGraph } from '../graph/ledger-graph';
import type { TraceOptions } from './trace-engine';

/** Per-ledger scratch buffers, stamped with a generation per trace so nothing is cleared between traces. */
export interface TraceScratch {
  generation: number;
  outMark: Int32Array;
  haircut: Float64Array;
  txMark: Int32Array;
  txHop: Int32Array;
  /** The output through which tracing first reached each transaction. */
  txParent: Int32Array;
}

export const createScratch = (g: LedgerGraph): TraceScratch => ({
  generation: 0,
  outMark: new Int32Array(g.outValue.length),
  haircut: new Float64Array(g.outValue.length),
  txMark: new Int32Array(g.txSlots),
  txHop: new Int32Array(g.txSlots),
  txParent: new Int32Array(g.txSlots),
});

export type FastOptions = Pick<TraceOptions, 'hops' | 'minAmount' | 'fromTime' | 'toTime' | 'isStop' | 'maxDegree'>;

export interface FastOutcome {
  /** Reached transactions in chain order. */
  txs: ArrayLike<number>;
  skipped: number;
}

/** Largest tx row id whose (time, id) pair packs exactly into one double for a comparator-free sort. */
const PACKED_TX_LIMIT = 1 << 22;

/**
 * Forward poison + haircut over typed arrays: a breadth-first reach bounded like every trace, then one pass in chain
 * order. Nothing is allocated per transaction and only two arrays are written per output (its stamp and its taint),
 * since memory traffic, not arithmetic, is what a trace costs. Poison is implied: an output is poisoned iff its
 * haircut taint is positive. This is the path a poison/haircut trace takes when it crosses no off-chain link.
 */
export function fastForward(g: LedgerGraph, s: TraceScratch, seeds: ReadonlyMap<number, number>, o: FastOptions): FastOutcome {
  const gen = ++s.generation;
  // Sort keys (time, row id) collected while each transaction is first touched, so ordering reads nothing again.
  const keys: number[] = [];
  let skipped = 0;
  let frontier: number[] = [];
  const { minAmount, isStop, fromTime, toTime, maxDegree } = o;
  const packed = g.txSlots <= PACKED_TX_LIMIT;
  for (const [k, taint] of seeds) {
    s.outMark[k] = gen;
    s.haircut[k] = taint;
    frontier.push(k);
  }
  for (let h = 0; h < o.hops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const k of frontier) {
      // Only the arrays a bound needs are read: each read is a likely cache miss on a 1M-transaction case.
      if (minAmount > 0 && (g.outValue[k] as number) < minAmount) continue;
      if (isStop !== null && h > 0 && isStop(g.outAddr[k] as number)) continue;
      const tx = g.outSpentBy[k] as number;
      if (tx === 0 || s.txMark[tx] === gen) continue;
      const time = g.txTime[tx] as number;
      if ((fromTime !== null && time < fromTime) || (toTime !== null && time > toTime)) continue;
      const o0 = g.outStart[tx] as number;
      const o1 = g.outStart[tx + 1] as number;
      if (maxDegree !== null && o1 - o0 + (g.inStart[tx + 1] as number) - (g.inStart[tx] as number) > maxDegree) {
        skipped += 1;
        continue;
      }
      s.txMark[tx] = gen;
      s.txHop[tx] = h + 1;
      s.txParent[tx] = k;
      keys.push(packed ? time * PACKED_TX_LIMIT + tx : tx);
      for (let j = o0; j < o1; j++) {
        if (s.outMark[j] === gen) continue;
        s.outMark[j] = gen;
        s.haircut[j] = 0;
        next.push(j);
      }
    }
    frontier = next;
  }

  const order = chainOrder(g, keys, packed);
  for (let n = 0; n < order.length; n++) {
    const tx = order[n] as number;
    let taint = 0;
    let inValue = 0;
    for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
      inValue += g.inValue[i] as number;
      const prev = g.inPrev[i] as number;
      if (prev >= 0 && s.outMark[prev] === gen) taint += s.haircut[prev] as number;
    }
    if (taint <= 0) continue;
    const o0 = g.outStart[tx] as number;
    const o1 = g.outStart[tx + 1] as number;
    let outValue = 0;
    for (let j = o0; j < o1; j++) outValue += g.outValue[j] as number;
    const ratio = taint / Math.max(inValue, outValue);
    // max: an output the analyst seeded keeps its full seed taint even when tracing also reaches it.
    for (let j = o0; j < o1; j++) s.haircut[j] = Math.max(s.haircut[j] as number, (g.outValue[j] as number) * ratio);
  }
  return { txs: order, skipped };
}

/** Transactions in (block time, row id) order: parents before children. Keys are packed pairs, or bare ids. */
function chainOrder(g: LedgerGraph, keys: number[], packed: boolean): ArrayLike<number> {
  if (!packed) return keys.sort((a, b) => (g.txTime[a] as number) - (g.txTime[b] as number) || a - b);
  const sorted = Float64Array.from(keys).sort();
  const order = new Int32Array(sorted.length);
  for (let n = 0; n < sorted.length; n++) order[n] = (sorted[n] as number) % PACKED_TX_LIMIT;
  return order;
}
