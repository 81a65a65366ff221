import { ownerByStarts, type LedgerGraph } from '../graph/ledger-graph';
import type { TraceOptions } from './trace-engine';

/**
 * One record of eight doubles per transaction (one cache line): a trace on a large case is bound by memory latency
 * (cache and TLB misses), so everything the kernel reads or writes about a transaction sits together.
 */
const RECORD = 8;
const MARK = 0; // the generation of the trace that reached the transaction (negated: left out for its degree)
const HOP = 1;
const PARENT = 2; // the output through which tracing first reached it
const PENDING = 3; // reached parents not yet settled (the topological count)
const TAINT = 4; // haircut taint its inputs carry in; once settled, the tainted share of each of its outputs' value
const DENOMINATOR = 5; // max(input value, output value): constant per ledger
const OUTPUTS = 6; // first output index * 2^21 + output count: constant per ledger
const HAS_SEED = 7; // the generation of the trace that seeded one of its outputs
const COUNT_BITS = 2 ** 21;

/**
 * Per-ledger buffers reused by every trace. A trace stamps the records it touches with its generation, so nothing is
 * cleared between traces and a trace costs what it reaches, not what the case holds.
 */
export interface TraceScratch {
  generation: number;
  tx: Float64Array;
  /** Per output: the spending transaction (0: unspent) and the value, side by side for one cache miss, not two. */
  edges: Float64Array;
  /** Breadth-first queue of outputs; grows to the largest reach seen and is kept. */
  queue: Int32Array;
  /** Reached transactions, in reach order. */
  reached: Int32Array;
  /** Outputs of reached transactions whose spender was not looked at during the reach (bounds, last hop). */
  late: Int32Array;
  /** Reached transactions, in topological order. */
  order: Int32Array;
  /**
   * One bit per transaction, set while the current trace has reached it: 1M transactions fit in 125 KB of cache, so
   * asking whether a spender is in the trace does not cost a miss on its record. Cleared through `reached`.
   */
  inTrace: Uint8Array;
  /** How many transactions of `reached` the last trace set in `inTrace`. */
  lastReached: number;
  /**
   * Whether every transaction's row comes after the rows of the transactions it spends from (a ledger imported in chain
   * order): then ascending rows are a topological order and the kernel settles without counting parents.
   */
  rowOrdered: boolean;
}

export function createScratch(g: LedgerGraph): TraceScratch {
  const tx = new Float64Array(RECORD * g.txSlots);
  let rowOrdered = true;
  for (let t = 1; t < g.txSlots; t++) {
    let inValue = 0;
    let outValue = 0;
    const o0 = g.outStart[t] as number;
    const o1 = g.outStart[t + 1] as number;
    if (o1 - o0 >= COUNT_BITS) throw new Error(`transaction row ${t} has ${o1 - o0} outputs, more than the trace kernel packs`);
    for (let i = g.inStart[t] as number; i < (g.inStart[t + 1] as number); i++) inValue += g.inValue[i] as number;
    for (let j = o0; j < o1; j++) {
      outValue += g.outValue[j] as number;
      const spender = g.outSpentBy[j] as number;
      if (spender !== 0 && spender <= t) rowOrdered = false;
    }
    tx[RECORD * t + DENOMINATOR] = Math.max(inValue, outValue);
    tx[RECORD * t + OUTPUTS] = o0 * COUNT_BITS + (o1 - o0);
  }
  const edges = new Float64Array(2 * g.outValue.length);
  for (let k = 0; k < g.outValue.length; k++) {
    edges[2 * k] = g.outSpentBy[k] as number;
    edges[2 * k + 1] = g.outValue[k] as number;
  }
  return {
    generation: 0, tx, edges, queue: new Int32Array(1024), reached: new Int32Array(1024), late: new Int32Array(1024), order: new Int32Array(1024),
    inTrace: new Uint8Array((g.txSlots >> 3) + 1), lastReached: 0, rowOrdered,
  };
}

/** Whether the current trace reached transaction tx (0, no transaction, never is). */
const reachedTx = (bits: Uint8Array, tx: number): boolean => ((bits[tx >> 3] as number) & (1 << (tx & 7))) !== 0;

/** First output index of the transaction whose record starts at r. */
const firstOutput = (rec: Float64Array, r: number): number => Math.floor((rec[r + OUTPUTS] as number) / COUNT_BITS);
/** One past its last output index. */
const endOutput = (rec: Float64Array, r: number, first: number): number => (rec[r + OUTPUTS] as number) - first * COUNT_BITS + first;

export type FastOptions = Pick<TraceOptions, 'hops' | 'minAmount' | 'fromTime' | 'toTime' | 'isStop' | 'maxDegree'>;

/** What one kernel trace reached, read from the scratch until the next trace reuses it (see `generation`). */
export interface FastOutcome {
  generation: number;
  /** Reached transactions, parents before children. */
  txs: Int32Array;
  skipped: number;
  /** Whether tracing reached output k (a seed, or an output of a reached transaction). */
  reaches(k: number, owner: number): boolean;
  /** Haircut taint of output k, created by transaction `owner`; 0 when not reached. */
  haircut(k: number, owner: number): number;
  /** Hops from the seeds (0 for a seed) and the output tracing came through (-1 for a seed); undefined when not reached. */
  hop(k: number, owner: number): number | undefined;
  parent(k: number, owner: number): number | undefined;
}

/** A buffer of at least `size` entries holding the first `used` of `a`. */
function ensure(a: Int32Array, used: number, size: number): Int32Array {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, 2 * a.length));
  b.set(a.subarray(0, used));
  return b;
}


/**
 * Forward poison + haircut over typed arrays: a breadth-first reach bounded like every trace, then haircut pushed from
 * each transaction to its reached children in topological order (Kahn), so no sort and no read of any input row.
 * Poison is implied: an output is poisoned iff its haircut taint is positive. This is the path a poison/haircut trace
 * takes when it crosses no off-chain link.
 */
export function fastForward(g: LedgerGraph, s: TraceScratch, seeds: ReadonlyMap<number, number>, o: FastOptions): FastOutcome {
  const gen = ++s.generation;
  // Every set bit belongs to a transaction of the last trace, so clearing their whole bytes clears exactly those.
  for (let n = 0; n < s.lastReached; n++) s.inTrace[(s.reached[n] as number) >> 3] = 0;
  const { reached, skipped } = reach(g, s, seeds, o, !s.rowOrdered);
  const rec = s.tx;
  for (const [k, taint] of seeds) {
    const child = g.outSpentBy[k] as number;
    if (child !== 0 && rec[RECORD * child + MARK] === gen) rec[RECORD * child + TAINT] = (rec[RECORD * child + TAINT] as number) + taint;
    const creator = ownerByStarts(g, g.outStart, k);
    if (rec[RECORD * creator + MARK] === gen) rec[RECORD * creator + HAS_SEED] = gen;
  }
  const txs = s.rowOrdered ? settleInRowOrder(s, reached, seeds) : settle(s, reached, seeds);
  const live = (): void => {
    if (s.generation !== gen) throw new Error('trace result read after a newer trace reused its buffers');
  };
  const inTrace = (tx: number): boolean => rec[RECORD * tx + MARK] === gen;
  const haircut = (k: number, owner: number): number => {
    live();
    const own = inTrace(owner) ? (g.outValue[k] as number) * (rec[RECORD * owner + TAINT] as number) : 0;
    const seed = seeds.get(k);
    return seed === undefined ? own : Math.max(seed, own);
  };
  const along = (field: number, seed: number) => (k: number, owner: number): number | undefined => {
    live();
    return seeds.has(k) ? seed : inTrace(owner) ? (rec[RECORD * owner + field] as number) : undefined;
  };
  return {
    generation: gen,
    txs,
    skipped,
    reaches: (k, owner) => (live(), seeds.has(k) || inTrace(owner)),
    haircut,
    hop: along(HOP, 0),
    parent: along(PARENT, -1),
  };
}

/**
 * Breadth-first over spending transactions, each admitted once and only within the bounds; returns them in reach order.
 * With `countParents` it also counts each reached transaction's parents in the trace (reached transactions whose outputs
 * it spends): an edge is counted when the reach looks at it, and edges it never looks at are counted at the end.
 */
function reach(
  g: LedgerGraph,
  s: TraceScratch,
  seeds: ReadonlyMap<number, number>,
  o: FastOptions,
  countParents: boolean,
): { reached: Int32Array; skipped: number } {
  const gen = s.generation;
  const { tx: rec, edges } = s;
  const { minAmount, isStop, fromTime, toTime, maxDegree } = o;
  let queue = ensure(s.queue, 0, seeds.size);
  let reached = s.reached;
  let late = s.late;
  let end = 0;
  let count = 0;
  let lateCount = 0;
  let skipped = 0;
  for (const k of seeds.keys()) queue[end++] = k;
  let start = 0;
  for (let h = 0; h < o.hops && start < end; h++) {
    const levelEnd = end;
    // From hop 1 on, every queued output is an edge from a reached transaction (seeds are not, at hop 0).
    const edge = h > 0 ? 1 : 0;
    for (let q = start; q < levelEnd; q++) {
      const k = queue[q] as number;
      // Only the arrays a bound needs are read: each read is a likely cache miss on a 1M-transaction case.
      if ((minAmount > 0 && (edges[2 * k + 1] as number) < minAmount) || (isStop !== null && h > 0 && isStop(g.outAddr[k] as number))) {
        // Its spender may still be reached another way, and then it counts as a parent.
        if (edge && countParents) {
          late = ensure(late, lateCount, lateCount + 1);
          late[lateCount++] = k;
        }
        continue;
      }
      const tx = edges[2 * k] as number;
      if (tx === 0) continue;
      const r = RECORD * tx;
      if (reachedTx(s.inTrace, tx)) {
        // A touch of a record that is likely not in cache: skipped where the row order settles without counts.
        if (countParents) rec[r + PENDING] = (rec[r + PENDING] as number) + edge;
        continue;
      }
      if (fromTime !== null || toTime !== null) {
        const time = g.txTime[tx] as number;
        if ((fromTime !== null && time < fromTime) || (toTime !== null && time > toTime)) continue;
      }
      const o0 = firstOutput(rec, r);
      const o1 = endOutput(rec, r, o0);
      if (maxDegree !== null && o1 - o0 + (g.inStart[tx + 1] as number) - (g.inStart[tx] as number) > maxDegree) {
        // Marked as seen and left out (-generation), so it is counted once however many outputs lead to it.
        if (rec[r + MARK] !== -gen) skipped += 1;
        rec[r + MARK] = -gen;
        continue;
      }
      rec[r + MARK] = gen;
      s.inTrace[tx >> 3] = (s.inTrace[tx >> 3] as number) | (1 << (tx & 7));
      rec[r + HOP] = h + 1;
      rec[r + PARENT] = k;
      rec[r + PENDING] = edge;
      rec[r + TAINT] = 0;
      reached = ensure(reached, count, count + 1);
      reached[count++] = tx;
      // Outputs are queued without a per-output mark: the transaction mark above already makes each expansion once.
      queue = ensure(queue, end, end + o1 - o0);
      for (let j = o0; j < o1; j++) queue[end++] = j;
    }
    start = levelEnd;
  }
  s.queue = queue;
  s.reached = reached;
  s.lastReached = count;
  s.late = late;
  if (countParents) {
    countLate(s, late.subarray(0, lateCount));
    countLate(s, queue.subarray(start, end));
  }
  return { reached: reached.subarray(0, count), skipped };
}

/** Counts the edges the reach did not look at: outputs of reached transactions spent by a reached transaction. */
function countLate(s: TraceScratch, outputs: Int32Array): void {
  const { tx: rec, edges } = s;
  for (let n = 0; n < outputs.length; n++) {
    const tx = edges[2 * (outputs[n] as number)] as number;
    if (reachedTx(s.inTrace, tx)) rec[RECORD * tx + PENDING] = (rec[RECORD * tx + PENDING] as number) + 1;
  }
}

/**
 * Settles transactions whose parents are all settled: its ratio is inflow / denominator and each reached child gets
 * its share. A seeded output keeps its full seed taint (pushed before), so its creator passes on only the excess.
 */
function settle(s: TraceScratch, reached: Int32Array, seeds: ReadonlyMap<number, number>): Int32Array {
  const gen = s.generation;
  const { tx: rec, edges } = s;
  const order = (s.order = ensure(s.order, 0, reached.length));
  let end = 0;
  for (let n = 0; n < reached.length; n++) if (rec[RECORD * (reached[n] as number) + PENDING] === 0) order[end++] = reached[n] as number;
  for (let n = 0; n < end; n++) {
    const tx = order[n] as number;
    const r = RECORD * tx;
    const inflow = rec[r + TAINT] as number;
    const ratio = inflow > 0 ? inflow / (rec[r + DENOMINATOR] as number) : 0;
    rec[r + TAINT] = ratio;
    const seeded = rec[r + HAS_SEED] === gen;
    const o0 = firstOutput(rec, r);
    const o1 = endOutput(rec, r, o0);
    for (let j = o0; j < o1; j++) {
      const child = RECORD * (edges[2 * j] as number);
      if (!reachedTx(s.inTrace, child / RECORD)) continue;
      let share = (edges[2 * j + 1] as number) * ratio;
      if (seeded) share = Math.max(0, share - (seeds.get(j) ?? 0));
      rec[child + TAINT] = (rec[child + TAINT] as number) + share;
      rec[child + PENDING] = (rec[child + PENDING] as number) - 1;
      if (rec[child + PENDING] === 0) order[end++] = child / RECORD;
    }
  }
  // Only a malformed ledger (a spending cycle) leaves some unsettled: they are reported as reached, with no taint.
  for (let n = 0; end < reached.length && n < reached.length; n++) {
    const r = RECORD * (reached[n] as number);
    if ((rec[r + PENDING] as number) <= 0) continue;
    rec[r + TAINT] = 0;
    order[end++] = reached[n] as number;
  }
  return order.subarray(0, end);
}

/**
 * The reached transactions in ascending row order: a sort when they are few, else one pass over the trace's bit set
 * (1M transactions are 125 KB of bits; a sort of tens of thousands costs more).
 */
function ascending(s: TraceScratch, reached: Int32Array): Int32Array {
  const order = (s.order = ensure(s.order, 0, reached.length));
  if (reached.length * 64 < s.inTrace.length * 8) {
    order.set(reached);
    return order.subarray(0, reached.length).sort();
  }
  let end = 0;
  const bits = s.inTrace;
  for (let byte = 0; byte < bits.length; byte++) {
    let b = bits[byte] as number;
    while (b !== 0) {
      const low = b & -b;
      order[end++] = (byte << 3) + (31 - Math.clz32(low));
      b ^= low;
    }
  }
  return order.subarray(0, end);
}

/**
 * Settles a row-ordered ledger's trace: in ascending rows every parent comes before its children, so each transaction's
 * inflow is complete when its turn comes (no parent counts). Same shares as `settle`.
 */
function settleInRowOrder(s: TraceScratch, reached: Int32Array, seeds: ReadonlyMap<number, number>): Int32Array {
  const gen = s.generation;
  const { tx: rec, edges } = s;
  const order = ascending(s, reached);
  for (let n = 0; n < order.length; n++) {
    const r = RECORD * (order[n] as number);
    const inflow = rec[r + TAINT] as number;
    const ratio = inflow > 0 ? inflow / (rec[r + DENOMINATOR] as number) : 0;
    rec[r + TAINT] = ratio;
    if (ratio === 0) continue;
    const seeded = rec[r + HAS_SEED] === gen;
    const o0 = firstOutput(rec, r);
    const o1 = endOutput(rec, r, o0);
    for (let j = o0; j < o1; j++) {
      const child = edges[2 * j] as number;
      if (!reachedTx(s.inTrace, child)) continue;
      let share = (edges[2 * j + 1] as number) * ratio;
      if (seeded) share = Math.max(0, share - (seeds.get(j) ?? 0));
      rec[RECORD * child + TAINT] = (rec[RECORD * child + TAINT] as number) + share;
    }
  }
  return order;
}
