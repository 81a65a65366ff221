import type Database from 'better-sqlite3';
import type { TaintModel, TraceEdge, TraceParams, TraceResult, TraceShares } from '../../../../shared/domain/analysis';
import { ownerByStarts, type LedgerGraph } from '../graph/ledger-graph';
import { ledgerOf, type LoadedLedger } from '../graph/graph-cache';
import { loadOffchainLinks } from '../links';
import { fallsUnder } from '../../../../shared/category/categories';
import { loadAddressTags, type AddressTag } from '../tags';
import { resolveSeeds, type SeedSummary } from './seeds';
import { traceTaint, type TraceOutcome } from './trace-engine';

const DISAGREEMENT_ROWS = 20;
const DAY = 86_400;
import { sats } from '../detectors/context';

/** Runs trace.run: resolves seeds, traces under every model, and shapes the result with txids and addresses. */
export function runTrace(db: Database.Database, params: TraceParams): TraceResult {
  const started = performance.now();
  const ledger = ledgerOf(db);
  const { seeds, summary } = resolveSeeds(db, ledger, params.from);
  // Address-level FIFO follows received value forward in time; it has no backward reading.
  const models = params.direction === 'backward' ? params.models.filter((m) => m !== 'address_fifo') : params.models;
  const stop = new Set(params.stopAt);
  const tags = loadAddressTags(db);
  const outcome = traceTaint(ledger, seeds, {
    direction: params.direction,
    models,
    hops: params.hops,
    minAmount: Number(params.minAmount),
    fromTime: params.fromTime,
    toTime: params.toTime,
    isStop: stop.size === 0 ? null : (addr) => stopCategory(tags.get(addr), stop) !== null,
    maxDegree: params.maxDegree,
    feeTaint: params.feeTaint,
    links: params.crossOffchain && params.direction === 'forward' ? loadOffchainLinks(db) : new Map(),
    offchainWindow: 30 * DAY,
  });
  return shapeResult(db, ledger, outcome, { params, models, summary, tags, stop, seconds: (performance.now() - started) / 1000 });
}

/** The tag category a trace stops at: in the stop list or narrower than one of its concepts. */
const stopCategory = (tags: AddressTag[] | undefined, stop: ReadonlySet<string>): string | null =>
  tags?.find((t) => fallsUnder(t.category, stop))?.category ?? null;

function shapeResult(
  db: Database.Database,
  ledger: LoadedLedger,
  outcome: TraceOutcome,
  ctx: { params: TraceParams; models: TaintModel[]; summary: SeedSummary[]; tags: Map<number, AddressTag[]>; stop: Set<string>; seconds: number },
): TraceResult {
  const { g } = ledger;
  const owner = ledger.owner();
  const txid = db.prepare('SELECT txid FROM transactions WHERE id = ?').pluck();
  const address = db.prepare('SELECT address FROM addresses WHERE id = ?').pluck();
  const addressOf = (a: number): string | null => (a === 0 ? null : ((address.get(a) as string | undefined) ?? null));
  const { models } = ctx;
  const taintOf = (k: number, m: TaintModel): number => outcome.taint.get(m)?.get(k) ?? 0;
  const unknownOf = (k: number, m: TaintModel): number => outcome.unknown.get(m)?.get(k) ?? 0;
  const reached = [...outcome.hop.keys()].filter((k) => models.some((m) => taintOf(k, m) > 0 || unknownOf(k, m) > 0));
  const peak = (k: number): number => Math.max(...models.map((m) => taintOf(k, m)));
  reached.sort((a, b) => peak(b) - peak(a) || a - b);

  const traced = new Set(outcome.txs);
  const isLeaf = (k: number): boolean =>
    ctx.params.direction === 'forward' ? !traced.has(g.outSpentBy[k] as number) : !traced.has(owner[k] as number);
  const totals: Record<string, string> = {};
  const byAddress = new Map<number, Map<TaintModel, number>>();
  for (const m of models) {
    let sum = 0;
    for (const k of reached) if (isLeaf(k)) sum += taintOf(k, m);
    totals[m] = sats(sum);
  }
  for (const k of reached) {
    const a = g.outAddr[k] as number;
    const acc = byAddress.get(a) ?? new Map<TaintModel, number>();
    for (const m of models) acc.set(m, (acc.get(m) ?? 0) + taintOf(k, m));
    byAddress.set(a, acc);
  }
  const record = (acc: Map<TaintModel, number> | ((m: TaintModel) => number)): Record<string, string> =>
    Object.fromEntries(models.map((m) => [m, sats(typeof acc === 'function' ? acc(m) : (acc.get(m) ?? 0))]));
  const ref = (k: number) => ({ txid: txid.get(owner[k]) as string, vout: g.outVout[k] as number, address: addressOf(g.outAddr[k] as number) });

  const compared = models.filter((m) => m !== 'poison');
  const disagreement =
    compared.length < 2
      ? []
      : reached
          .filter((k) => (outcome.hop.get(k) ?? 0) > 0)
          .map((k) => {
            const values = compared.map((m) => [m, taintOf(k, m)] as const).sort((x, y) => x[1] - y[1]);
            const [minModel, min] = values[0] as readonly [TaintModel, number];
            const [maxModel, max] = values[values.length - 1] as readonly [TaintModel, number];
            return { k, min, max, minModel, maxModel };
          })
          .sort((x, y) => y.max - y.min - (x.max - x.min) || x.k - y.k)
          .slice(0, DISAGREEMENT_ROWS)
          .map(({ k, min, max, minModel, maxModel }) => ({ ...ref(k), min: sats(min), max: sats(max), minModel, maxModel }));

  return {
    direction: ctx.params.direction,
    models,
    seeds: ctx.summary.map((s) => ({ ref: s.ref, kind: s.kind, outputs: s.outputs, value: sats(s.value) })),
    outputs: reached.slice(0, ctx.params.limit).map((k) => ({
      ...ref(k),
      value: sats(g.outValue[k] as number),
      hop: outcome.hop.get(k) ?? 0,
      offchain: outcome.offchain.has(k),
      stoppedAt: (outcome.hop.get(k) ?? 0) > 0 ? stopCategory(ctx.tags.get(g.outAddr[k] as number), ctx.stop) : null,
      taint: record((m) => taintOf(k, m)),
      unknown: record((m) => unknownOf(k, m)),
    })),
    outputsTotal: reached.length,
    addresses: [...byAddress]
      .filter(([a]) => a !== 0)
      .sort((x, y) => Math.max(...y[1].values()) - Math.max(...x[1].values()) || x[0] - y[0])
      .slice(0, ctx.params.limit)
      .map(([a, acc]) => ({ address: addressOf(a) ?? '', taint: record(acc) })),
    totals,
    shares: traceShares(ctx.params.direction, g, models, reached.filter(isLeaf), ctx.summary, outcome, taintOf, unknownOf),
    dataEnds: dataEnds(db, g, outcome.edge()),
    disagreement,
    offchain: outcome.crossings.map((c) => ({
      from: addressOf(c.link.from) ?? '',
      to: addressOf(c.link.to) ?? '',
      annotationId: c.link.annotationId,
      note: c.link.note,
      evidence: c.link.data,
      taint: record((m) => c.receipts.reduce((s, r) => s + taintOf(r, m), 0)),
    })),
    stats: { txs: outcome.txs.length, skippedHighDegree: outcome.skipped, stopped: reached.filter((k) => (outcome.hop.get(k) ?? 0) > 0 && stopCategory(ctx.tags.get(g.outAddr[k] as number), ctx.stop) !== null).length, seconds: ctx.seconds },
  };
}

/** Tainted, unknown and clean value per model: at the trace's ends (forward), or of the seeds' value (backward). */
function traceShares(
  direction: 'forward' | 'backward',
  g: LedgerGraph,
  models: TaintModel[],
  leaves: number[],
  seeds: { value: number }[],
  outcome: TraceOutcome,
  taintOf: (k: number, m: TaintModel) => number,
  unknownOf: (k: number, m: TaintModel) => number,
): Record<string, TraceShares> {
  const seedValue = seeds.reduce((s, x) => s + x.value, 0);
  const leafValue = leaves.reduce((s, k) => s + (g.outValue[k] as number), 0);
  return Object.fromEntries(
    models.map((m) => {
      const tainted = leaves.reduce((s, k) => s + taintOf(k, m), 0);
      const unknown = direction === 'forward' ? leaves.reduce((s, k) => s + unknownOf(k, m), 0) : (outcome.beyond.get(m) ?? 0);
      const whole = direction === 'forward' ? leafValue : seedValue;
      return [m, { tainted: sats(tainted), unknown: sats(unknown), clean: sats(Math.max(0, whole - tainted - unknown)) }];
    }),
  );
}

const EDGE_SAMPLE = 20;

/** How many inputs the trace met where the case's data ends, and the first of them by what they spend. */
function dataEnds(db: Database.Database, g: LedgerGraph, inputs: number[]): TraceEdge {
  const spend = db.prepare('SELECT t.txid, i.prev_txid AS prevTxid, i.prev_vout AS prevVout FROM tx_inputs i JOIN transactions t ON t.id = i.tx_id WHERE i.tx_id = ? AND i.vin = ?');
  const sample = inputs.slice(0, EDGE_SAMPLE).map((i) => {
    const tx = ownerByStarts(g, g.inStart, i);
    const vin = i - (g.inStart[tx] as number);
    const row = spend.get(tx, vin) as { txid: string; prevTxid: string | null; prevVout: number | null };
    return { txid: row.txid, vin, prevTxid: row.prevTxid, prevVout: row.prevVout };
  });
  return { inputs: inputs.length, sample };
}

