import type { TaintModel } from '../../../../shared/domain/analysis';
import type { AddressIndex } from '../graph/address-index';
import type { LedgerGraph } from '../graph/ledger-graph';
import { AddressFifo } from './address-fifo';
import { fastForward, type TraceScratch } from './fast-forward';
import { OutputView, type OutputValues } from './output-values';
import { shares, type ShareModel } from './models';
import { inputSizes, unknownInflow } from './unknown-inputs';

/** An off-chain link between addresses (row ids), with the annotation that justifies it. */
export interface OffchainLink {
  annotationId: number;
  from: number;
  to: number;
  note: string;
  data: Record<string, unknown>;
}

export interface TraceOptions {
  direction: 'forward' | 'backward';
  models: readonly TaintModel[];
  hops: number;
  minAmount: number;
  fromTime: number | null;
  toTime: number | null;
  /** Tracing records an output paid to such an address and goes no further (exchanges, services); null: no stops. */
  isStop: ((addr: number) => boolean) | null;
  maxDegree: number | null;
  feeTaint: boolean;
  /** Forward only: links by their from-address; an empty map crosses none. */
  links: Map<number, OffchainLink[]>;
  /** How long after a deposit a payout to the linked address still counts as its continuation (seconds). */
  offchainWindow: number;
}

export interface Crossing {
  link: OffchainLink;
  deposit: number;
  receipts: number[];
}

export interface TraceOutcome {
  /** Per model, taint (satoshi, fractional) of every output it reached. */
  taint: Map<TaintModel, OutputValues>;
  /** Per model (forward), the value of unknown provenance in every output it reached: from inputs the case does not value. */
  unknown: Map<TaintModel, OutputValues>;
  /** Backward, per model: the traced value that went back through inputs spending outputs outside the case. */
  beyond: Map<TaintModel, number>;
  /** Input indexes where the case's data ends: inputs of reached transactions with no value (forward) or no previous output (backward). */
  edge: () => number[];
  hop: OutputValues;
  /** The output through which tracing first reached each output (-1 for seeds). */
  parent: OutputValues;
  offchain: Set<number>;
  crossings: Crossing[];
  /** Reached transactions (each once). */
  txs: ArrayLike<number> & Iterable<number>;
  /** Transactions left out for exceeding the degree limit (each counted once). */
  skipped: number;
}

/** The general engine's working state: plain Maps it fills as it goes. */
interface MapOutcome extends TraceOutcome {
  taint: Map<TaintModel, Map<number, number>>;
  unknown: Map<TaintModel, Map<number, number>>;
  edgeInputs: Set<number>;
  seeds: ReadonlyMap<number, number>;
  hop: Map<number, number>;
  parent: Map<number, number>;
  txs: number[];
  tooWide: Set<number>;
}

export interface TraceContext {
  g: LedgerGraph;
  /** Needed for address FIFO and off-chain crossing. */
  index: () => AddressIndex;
  owner: () => Int32Array;
  scratch: () => TraceScratch;
}

/**
 * Bounded tracing with every requested model on the same reach: one breadth-first pass decides which transactions are
 * in (hops, amount, time window, stop addresses, degree limit, off-chain links), then the models run over them in
 * chain order (forward) or reverse chain order (backward).
 */
export function traceTaint(ctx: TraceContext, seeds: Map<number, number>, options: TraceOptions): TraceOutcome {
  const plain = options.models.every((m) => m === 'poison' || m === 'haircut') && options.links.size === 0 && !options.feeTaint;
  if (options.direction === 'forward' && plain) return fastPath(ctx, seeds, options);
  const edgeInputs = new Set<number>();
  const outcome: MapOutcome = {
    taint: new Map(options.models.map((m) => [m, new Map(seeds)])),
    unknown: new Map(options.models.map((m) => [m, new Map()])),
    beyond: new Map(options.models.map((m) => [m, 0])),
    edgeInputs,
    seeds,
    edge: () => [...edgeInputs].sort((a, b) => a - b),
    hop: new Map(),
    parent: new Map(),
    offchain: new Set(),
    crossings: [],
    txs: [],
    skipped: 0,
    tooWide: new Set(),
  };
  for (const s of seeds.keys()) {
    outcome.hop.set(s, 0);
    outcome.parent.set(s, -1);
  }
  if (options.direction === 'forward') {
    reachForward(ctx, options, outcome);
    modelsForward(ctx, options, outcome);
  } else {
    reachBackward(ctx, options, outcome);
    modelsBackward(ctx, options, outcome);
  }
  return outcome;
}

/** Poison and haircut without off-chain links or fee taint: the typed-array kernel, read through views, not copied. */
function fastPath(ctx: TraceContext, seeds: Map<number, number>, options: TraceOptions): TraceOutcome {
  const { g } = ctx;
  const scratch = ctx.scratch();
  const fast = fastForward(g, scratch, seeds, options);
  const valid = (): boolean => scratch.generation === fast.generation;
  // A copy (a memcpy): the kernel's own list is overwritten by the next trace.
  const txs = fast.txs.slice();
  function* reached(): Iterable<number> {
    yield* seeds.keys();
    for (const tx of txs) for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number); k++) if (!seeds.has(k)) yield k;
  }
  const owner = (k: number): number => ctx.owner()[k] as number;
  const haircut = (k: number): number | undefined => {
    const t = fast.reaches(k, owner(k)) ? fast.haircut(k, owner(k)) : 0;
    return t > 0 ? t : undefined;
  };
  const taint = new Map<TaintModel, OutputValues>();
  if (options.models.includes('haircut')) taint.set('haircut', new OutputView(reached, haircut, valid));
  if (options.models.includes('poison')) taint.set('poison', new OutputView(reached, (k) => (haircut(k) === undefined ? undefined : (g.outValue[k] as number)), valid));
  // Unknown provenance is worked out only when read (a pass over the reached transactions): the kernel stays as fast.
  const ratios = lazyUnknownRatios(g, txs, seeds);
  const unknown = new Map<TaintModel, OutputValues>();
  const unknownOf = (k: number): number | undefined => {
    const r = seeds.has(k) ? 0 : (ratios().get(owner(k)) ?? 0);
    return r > 0 ? (g.outValue[k] as number) * r : undefined;
  };
  // Under poison every reached output is tainted: nothing reached is of unknown provenance.
  if (options.models.includes('haircut')) unknown.set('haircut', new OutputView(reached, unknownOf, valid));
  if (options.models.includes('poison')) unknown.set('poison', new Map());
  return {
    taint,
    unknown,
    beyond: new Map(),
    edge: () => Array.from(txs).flatMap((tx) => unknownInputsOf(g, tx)),
    hop: new OutputView(reached, (k) => fast.hop(k, owner(k)), valid),
    parent: new OutputView(reached, (k) => fast.parent(k, owner(k)), valid),
    offchain: new Set(),
    crossings: [],
    txs,
    skipped: fast.skipped,
  };
}

/** Per reached transaction (in topological order), the share of its outputs' value of unknown provenance. */
function lazyUnknownRatios(g: LedgerGraph, order: Int32Array, seeds: ReadonlyMap<number, number>): () => Map<number, number> {
  let ratios: Map<number, number> | null = null;
  return () => {
    if (ratios) return ratios;
    ratios = new Map();
    const inTrace = new Set(order);
    const inflow = new Map<number, number>();
    for (const tx of order) {
      let known = 0;
      let paid = 0;
      for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) known += g.inValue[i] as number;
      for (let j = g.outStart[tx] as number; j < (g.outStart[tx + 1] as number); j++) paid += g.outValue[j] as number;
      const denominator = Math.max(known, paid);
      const r = denominator > 0 ? (unknownInflow(g, tx) + (inflow.get(tx) ?? 0)) / denominator : 0;
      if (r <= 0) continue;
      ratios.set(tx, r);
      for (let j = g.outStart[tx] as number; j < (g.outStart[tx + 1] as number); j++) {
        const child = g.outSpentBy[j] as number;
        if (child !== 0 && inTrace.has(child) && !seeds.has(j)) inflow.set(child, (inflow.get(child) ?? 0) + (g.outValue[j] as number) * r);
      }
    }
    return ratios;
  };
}

/** Input indexes of a transaction whose value the case does not hold. */
function unknownInputsOf(g: LedgerGraph, tx: number): number[] {
  const out: number[] = [];
  for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) if (g.inUnknown[i]) out.push(i);
  return out;
}

function admissible(g: LedgerGraph, o: TraceOptions, tx: number, outcome: MapOutcome): boolean {
  const time = g.txTime[tx] as number;
  if ((o.fromTime !== null && time < o.fromTime) || (o.toTime !== null && time > o.toTime)) return false;
  const degree = (g.inStart[tx + 1] as number) - (g.inStart[tx] as number) + (g.outStart[tx + 1] as number) - (g.outStart[tx] as number);
  if (o.maxDegree !== null && degree > o.maxDegree) {
    outcome.tooWide.add(tx);
    outcome.skipped = outcome.tooWide.size;
    return false;
  }
  return true;
}

function reachForward(ctx: TraceContext, o: TraceOptions, out: MapOutcome): void {
  const { g } = ctx;
  const txHop = new Set<number>();
  const coinbaseOf = o.feeTaint && o.models.includes('haircut') ? coinbaseByHeight(g) : null;
  const reach = (k: number, h: number, from: number, next: number[]): void => {
    if (out.hop.has(k)) return;
    out.hop.set(k, h);
    out.parent.set(k, from);
    if (out.offchain.has(from)) out.offchain.add(k);
    next.push(k);
  };
  let frontier = [...out.hop.keys()];
  for (let h = 0; h < o.hops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const k of frontier) {
      const addr = g.outAddr[k] as number;
      // A link bridges the service the funds stopped at: the rental service's deposit to the pool's payout address.
      for (const link of o.links.get(addr) ?? []) {
        // Several deposits may point at one payout address: each crossing lists all its receipts, reached once.
        const receipts = receiptsAfter(ctx, link.to, k, o.offchainWindow);
        for (const r of receipts) {
          if (out.hop.has(r)) continue;
          out.offchain.add(r);
          reach(r, h + 1, k, next);
        }
        if (receipts.length > 0) out.crossings.push({ link, deposit: k, receipts });
      }
      if (h > 0 && o.isStop?.(addr)) continue;
      if ((g.outValue[k] as number) < o.minAmount) continue;
      const tx = g.outSpentBy[k] as number;
      if (tx === 0 || txHop.has(tx) || !admissible(g, o, tx, out)) continue;
      txHop.add(tx);
      out.txs.push(tx);
      for (let j = g.outStart[tx] as number; j < (g.outStart[tx + 1] as number); j++) reach(j, h + 1, k, next);
      const coinbase = coinbaseOf?.get(g.txHeight[tx] as number);
      if (coinbase !== undefined && !txHop.has(coinbase)) {
        txHop.add(coinbase);
        for (let j = g.outStart[coinbase] as number; j < (g.outStart[coinbase + 1] as number); j++) reach(j, h + 1, k, next);
      }
    }
    frontier = next;
  }
}

function receiptsAfter(ctx: TraceContext, addr: number, deposit: number, window: number): number[] {
  const { g } = ctx;
  const index = ctx.index();
  const owner = ctx.owner();
  const t0 = g.txTime[owner[deposit] as number] as number;
  const out: number[] = [];
  for (let p = index.outStart[addr] as number; p < (index.outStart[addr + 1] as number); p++) {
    const r = index.outs[p] as number;
    const t = g.txTime[owner[r] as number] as number;
    if (t >= t0 && t <= t0 + window) out.push(r);
  }
  return out;
}

function coinbaseByHeight(g: LedgerGraph): Map<number, number> {
  const map = new Map<number, number>();
  for (let t = 1; t < g.txSlots; t++) if (g.txCoinbase[t] && (g.txHeight[t] as number) >= 0) map.set(g.txHeight[t] as number, t);
  return map;
}

/** The per-transaction rule of a model (address FIFO distributes like FIFO once its queues gave each input's taint). */
const shareModel = (model: TaintModel): ShareModel => (model === 'address_fifo' ? 'fifo' : model);

/** A transaction's input and output values (unknown input values sized by unknownInflow), with where they start. */
function sides(g: LedgerGraph, tx: number) {
  const i0 = g.inStart[tx] as number;
  const o0 = g.outStart[tx] as number;
  return {
    i0,
    o0,
    inValues: inputSizes(g, tx),
    outValues: Array.from(g.outValue.subarray(o0, g.outStart[tx + 1] as number)),
  };
}

function modelsForward(ctx: TraceContext, o: TraceOptions, out: MapOutcome): void {
  const { g } = ctx;
  const traced = new Set(out.txs);
  const coinbaseOf = o.feeTaint ? coinbaseByHeight(g) : null;
  const fifo = o.models.includes('address_fifo')
    ? new AddressFifo(g, ctx.index(), ctx.owner(), (tx) => traced.has(tx), (k) => out.taint.get('address_fifo')?.get(k) ?? 0)
    : null;
  // Off-chain receipts take their taint from the deposit's, in time order, after the transactions of their time.
  type Event = [number, number, number, Crossing | null];
  const events: Event[] = out.txs.filter((tx) => !g.txCoinbase[tx]).map((tx) => [g.txTime[tx] as number, 0, tx, null]);
  const owner = out.crossings.length > 0 ? ctx.owner() : null;
  for (const c of out.crossings) for (const r of c.receipts) events.push([g.txTime[owner?.[r] as number] as number, 1, r, c]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const used = new Map<Crossing, Map<TaintModel, number>>();

  for (const [, kind, id, crossing] of events) {
    if (kind === 1 && crossing) {
      const spent = used.get(crossing) ?? new Map<TaintModel, number>();
      used.set(crossing, spent);
      for (const m of o.models) {
        const taint = out.taint.get(m) as Map<number, number>;
        const budget = (taint.get(crossing.deposit) ?? 0) - (spent.get(m) ?? 0);
        const room = (g.outValue[id] as number) - (taint.get(id) ?? 0);
        const amount = budget <= 0 ? 0 : m === 'poison' ? room : Math.min(budget, room);
        if (m !== 'poison') spent.set(m, (spent.get(m) ?? 0) + amount);
        if (amount > 0) taint.set(id, (taint.get(id) ?? 0) + amount);
      }
      continue;
    }
    const tx = id;
    const { i0, o0, inValues: fromValues, outValues: toValues } = sides(g, tx);
    for (const n of unknownInputsOf(g, tx)) out.edgeInputs.add(n);
    for (const m of o.models) {
      const taint = out.taint.get(m) as Map<number, number>;
      const unknown = out.unknown.get(m) as Map<number, number>;
      const fromTaint = fromValues.map((v, n) => {
        const k = i0 + n;
        if (g.inUnknown[k]) return 0;
        const addr = g.inAddr[k] as number;
        if (m === 'address_fifo' && fifo && addr !== 0) return fifo.take(addr, tx, v);
        const prev = g.inPrev[k] as number;
        return prev >= 0 ? (taint.get(prev) ?? 0) : 0;
      });
      const fromUnknown = fromValues.map((v, n) => {
        const k = i0 + n;
        const prev = g.inPrev[k] as number;
        return g.inUnknown[k] ? v : prev >= 0 ? (unknown.get(prev) ?? 0) : 0;
      });
      const T = fromTaint.reduce((s, t) => s + t, 0);
      if (T <= 0 && !fromUnknown.some((u) => u > 0)) continue;
      const split = shares(shareModel(m), fromValues, fromTaint, fromUnknown, toValues);
      // max: an output the analyst seeded keeps its full seed taint even when tracing also reaches it.
      split.taint.forEach((t, j) => t > 0 && taint.set(o0 + j, Math.max(t, taint.get(o0 + j) ?? 0)));
      // A seeded output is tainted by the analyst's word: none of it is of unknown provenance.
      split.unknown.forEach((u, j) => u > 0 && !out.seeds.has(o0 + j) && unknown.set(o0 + j, u));

      const coinbase = m === 'haircut' ? coinbaseOf?.get(g.txHeight[tx] as number) : undefined;
      if (coinbase !== undefined) {
        const fee = T - split.taint.reduce((s, t) => s + t, 0);
        const c0 = g.outStart[coinbase] as number;
        const c1 = g.outStart[coinbase + 1] as number;
        const reward = Array.from(g.outValue.subarray(c0, c1)).reduce((s, v) => s + v, 0);
        for (let j = c0; j < c1 && fee > 0 && reward > 0; j++) taint.set(j, (taint.get(j) ?? 0) + (fee * (g.outValue[j] as number)) / reward);
      }
    }
  }
}

function reachBackward(ctx: TraceContext, o: TraceOptions, out: MapOutcome): void {
  const { g } = ctx;
  const owner = ctx.owner();
  const seen = new Set<number>();
  let frontier = [...out.hop.keys()];
  for (let h = 0; h < o.hops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const k of frontier) {
      if (h > 0 && o.isStop?.(g.outAddr[k] as number)) continue;
      const tx = owner[k] as number;
      if (g.txCoinbase[tx] || seen.has(tx) || !admissible(g, o, tx, out)) continue;
      seen.add(tx);
      out.txs.push(tx);
      for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
        const prev = g.inPrev[i] as number;
        if (prev < 0 || out.hop.has(prev)) continue;
        out.hop.set(prev, h + 1);
        out.parent.set(prev, k);
        if ((g.outValue[prev] as number) >= o.minAmount) next.push(prev);
      }
    }
    frontier = next;
  }
}

function modelsBackward(ctx: TraceContext, o: TraceOptions, out: MapOutcome): void {
  const { g } = ctx;
  const order = [...out.txs].sort((a, b) => (g.txTime[b] as number) - (g.txTime[a] as number) || b - a);
  for (const tx of order) {
    const { i0, o0, outValues: fromValues, inValues: toValues } = sides(g, tx);
    for (const m of o.models) {
      const taint = out.taint.get(m) as Map<number, number>;
      const fromTaint = fromValues.map((_, j) => taint.get(o0 + j) ?? 0);
      if (!fromTaint.some((t) => t > 0)) continue;
      shares(shareModel(m), fromValues, fromTaint, fromValues.map(() => 0), toValues).taint.forEach((t, n) => {
        const prev = g.inPrev[i0 + n] as number;
        if (t <= 0) return;
        if (prev >= 0 && !g.inUnknown[i0 + n]) taint.set(prev, t);
        else {
          // The value came from outside the case: its origin is where the case's data ends, not nowhere.
          out.beyond.set(m, (out.beyond.get(m) ?? 0) + t);
          out.edgeInputs.add(i0 + n);
        }
      });
    }
  }
}
