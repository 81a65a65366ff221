// bench:analysis: on the 1M-transaction benchmark case (ASSAY_BENCH_SCALE to change), times clustering (target < 5 s)
// and a 6-hop haircut trace against the same k-hop reachability as a recursive CTE in SQLite (target: the trace >= 10x
// faster), on two seed sets: 100 outputs spread evenly over the case, and every spent output of the 100 busiest
// transactions (a reach of tens of thousands). Both sides must reach the same transactions. Each comparison runs
// RUNS times; the median ratio must hold the target and the spread (min-max) is printed. Both sides run on this one
// thread, so they are compared on the CPU time they used: on a shared machine wall time also counts the time other
// processes held the CPU (at load 20 on 2 cores a 30 ms trace rarely runs undisturbed, a 700 ms CTE never does, so
// wall-time ratios swing with the load, not with the code). Clustering is judged on CPU time too; wall times are printed.
// The case is generated once through the ledger writer and reused (see ensureBenchCase).
import fs from 'node:fs';
import os from 'node:os';
import { CaseFile } from '../core/case/case-file';
import { withoutReferenceChecks } from '../core/analysis/batch-insert';
import { clusterLedger } from '../core/analysis/cluster/clustering';
import { storeClustering } from '../core/analysis/cluster/cluster-store';
import { buildAddressIndex, outputOwners } from '../core/analysis/graph/address-index';
import { lazy } from '../core/analysis/graph/graph-cache';
import { loadLedgerGraph, type LedgerGraph } from '../core/analysis/graph/ledger-graph';
import { loadSettings } from '../core/analysis/settings';
import { loadAddressTags } from '../core/analysis/tags';
import { createScratch } from '../core/analysis/taint/fast-forward';
import { traceTaint, type TraceContext } from '../core/analysis/taint/trace-engine';
import { ensureBenchCase } from '../core/demo/bench-case';
import { benchScreening } from './screening';

const SCALE = Number(process.env.ASSAY_BENCH_SCALE ?? 1_000_000);
const HOPS = 6;
const SEEDS = 100;
const TARGETS = { clusterSeconds: 5, traceSpeedup: 10 };
/** Independent repetitions of each trace-versus-CTE comparison, for the spread of the ratio. */
const RUNS = 5;

const seconds = <T>(work: () => T): [T, number, number] => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return [result, (performance.now() - t) / 1000, (used.user + used.system) / 1e6];
};

/** Wall and CPU seconds per run, the best (least disturbed) batch of each. */
interface Timing {
  wall: number;
  cpu: number;
}

/** A competitor warmed up (JIT compiled, pages cached), with a batch size of at least 20 ms of runs. */
function warmed<T>(work: () => T) {
  work();
  const [result, once] = seconds(work);
  return { work, result, best: { wall: Infinity, cpu: Infinity } as Timing, batch: Math.max(1, Math.ceil(0.02 / Math.max(once, 1e-6))) };
}

/** Runs one batch of a competitor and keeps its best wall and CPU seconds per run. */
function batch(side: ReturnType<typeof warmed>): void {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < side.batch; i++) side.result = side.work();
  const used = process.cpuUsage(cpu);
  side.best.wall = Math.min(side.best.wall, (performance.now() - t) / 1000 / side.batch);
  side.best.cpu = Math.min(side.best.cpu, (used.user + used.system) / 1e6 / side.batch);
}

/**
 * Seconds per run of two competitors, measured the same way, for at least 7 rounds and 4 s. Warm: all of one side's
 * batches, then all of the other's, each with the caches its own last run left. Interleaved: batches alternate, so each
 * side starts from caches the other has filled (closer to a trace run once after other work) and both meet the same
 * machine load.
 */
function sideBySide<A, B>(a: () => A, b: () => B, interleaved: boolean): [[A, Timing], [B, Timing]] {
  const sides = [warmed<unknown>(a), warmed<unknown>(b)] as const;
  const rounds = (run: () => void): void => {
    const started = performance.now();
    for (let round = 0; round < 7 || (performance.now() - started < 4000 && round < 500); round++) run();
  };
  if (interleaved) rounds(() => sides.forEach(batch));
  else for (const side of sides) rounds(() => batch(side));
  return [[sides[0].result as A, sides[0].best], [sides[1].result as B, sides[1].best]];
}

/** Median and range of a few ratios. */
function spreadOf(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((x, y) => x - y);
  return { median: sorted[Math.floor(sorted.length / 2)] as number, min: sorted[0] as number, max: sorted.at(-1) as number };
}
const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Seeds as output indexes (for the trace) and (tx row id, vout) pairs (for the CTE). */
interface SeedSet {
  name: string;
  outputs: Map<number, number>;
  rows: [number, number][];
}

function seedSet(g: LedgerGraph, name: string, txs: Iterable<number>, perTx: number, limit: number): SeedSet {
  const set: SeedSet = { name, outputs: new Map(), rows: [] };
  for (const tx of txs) {
    let taken = 0;
    for (let k = g.outStart[tx] as number; k < (g.outStart[tx + 1] as number) && taken < perTx; k++) {
      if (!g.outSpentBy[k]) continue;
      set.outputs.set(k, g.outValue[k] as number);
      set.rows.push([tx, g.outVout[k] as number]);
      taken += 1;
    }
    if (set.outputs.size >= limit) break;
  }
  return set;
}

/** The first spent output of every (n / 200)th transaction, up to 100: seeds spread evenly over the case. */
function* spread(g: LedgerGraph): Iterable<number> {
  const step = Math.max(1, Math.floor(g.txSlots / (SEEDS * 2)));
  for (let tx = 1; tx < g.txSlots; tx += step) yield tx;
}

/** The 100 transactions with the most inputs plus outputs (ties: lower row id). */
function busiest(g: LedgerGraph): number[] {
  const degree = (t: number): number => (g.outStart[t + 1] as number) - (g.outStart[t] as number) + (g.inStart[t + 1] as number) - (g.inStart[t] as number);
  const top: number[] = [];
  for (let t = 1; t < g.txSlots; t++) {
    if (top.length === SEEDS && degree(t) <= degree(top[SEEDS - 1] as number)) continue;
    top.push(t);
    top.sort((a, b) => degree(b) - degree(a) || a - b);
    top.length = Math.min(top.length, SEEDS);
  }
  return top;
}

/** k-hop forward reachability as a recursive CTE over tx_outputs (indexed by tx_id), from (tx row id, vout) seeds. */
const cteSql = (select: string): string => `WITH RECURSIVE seed(tx_id, vout) AS (SELECT value ->> 0, value ->> 1 FROM json_each(?)),
    reach(tx_id, hop) AS (
      SELECT o.spent_by_tx_id, 1 FROM seed s JOIN tx_outputs o ON o.tx_id = s.tx_id AND o.vout = s.vout WHERE o.spent_by_tx_id IS NOT NULL
      UNION
      SELECT o.spent_by_tx_id, r.hop + 1 FROM reach r JOIN tx_outputs o ON o.tx_id = r.tx_id
      WHERE o.spent_by_tx_id IS NOT NULL AND r.hop < ${HOPS})
    ${select}`;

// A private copy: storing clusters must not change the shared case other benchmarks export.
const shared = ensureBenchCase(SCALE, console.log);
const caseFile = shared.replace(/\.assay$/, '.analysis.assay');
if (!fs.existsSync(caseFile)) fs.copyFileSync(shared, caseFile);
const file = CaseFile.open(caseFile);
const db = file.db;
try {
  const [g, loadS] = seconds(() => loadLedgerGraph(db));
  const txCount = db.prepare('SELECT count(*) FROM transactions').pluck().get() as number;
  const tags = loadAddressTags(db);
  const settings = loadSettings(db);
  const [clustering, clusterS, clusterCpuS] = seconds(() => clusterLedger(g, tags, settings));
  // Stored the way analysis.run stores it (one transaction, reference checks off).
  const [, storeS] = seconds(() => withoutReferenceChecks(db, db.transaction(() => storeClustering(db, clustering, tags))));
  // Like the graph, the trace buffers are made once per open case (graph-cache) and reused by every trace.
  const [scratch, scratchS] = seconds(() => createScratch(g));
  const ledger: TraceContext = { g, index: lazy(() => buildAddressIndex(g)), owner: lazy(() => outputOwners(g)), scratch: () => scratch };

  const countCte = db.prepare(cteSql('SELECT count(DISTINCT tx_id) FROM reach')).pluck();
  const listCte = db.prepare(cteSql('SELECT DISTINCT tx_id FROM reach')).pluck();
  const traces = [seedSet(g, 'spread', spread(g), 1, SEEDS), seedSet(g, 'busiest', busiest(g), Infinity, Infinity)].map((set) => {
    const json = JSON.stringify(set.rows);
    const trace = () =>
      traceTaint(ledger, set.outputs, {
        direction: 'forward', models: ['haircut'], hops: HOPS, minAmount: 0, fromTime: null, toTime: null,
        isStop: null, maxDegree: null, feeTaint: false, links: new Map(), offchainWindow: 0,
      });
    // The CTE is timed in its cheapest form (a count); the list, fetched once untimed, proves both reach the same set.
    const cte = () => countCte.get(json) as number;
    const runs = Array.from({ length: RUNS }, () => {
      const [[outcome, trace1], [cteTxs, cte1]] = sideBySide(trace, cte, false);
      const [[, traceInterleaved], [, cteInterleaved]] = sideBySide(trace, cte, true);
      return { outcome, cteTxs, trace: trace1, cte: cte1, traceInterleaved, cteInterleaved };
    });
    const { outcome, cteTxs } = runs[0] as (typeof runs)[number];
    const cteSet = new Set(listCte.all(json) as number[]);
    const sameTxs = cteSet.size === cteTxs && outcome.txs.length === cteSet.size && Array.from(outcome.txs).every((tx) => cteSet.has(tx));
    const median = (pick: (r: (typeof runs)[number]) => number): number => spreadOf(runs.map(pick)).median;
    return {
      seeds: set.name, seedOutputs: set.outputs.size, tracedTxs: outcome.txs.length, cteTxs, sameTxs,
      traceCpuSeconds: median((r) => r.trace.cpu), cteCpuSeconds: median((r) => r.cte.cpu),
      speedup: spreadOf(runs.map((r) => r.cte.cpu / r.trace.cpu)),
      wallSpeedup: spreadOf(runs.map((r) => r.cte.wall / r.trace.wall)),
      interleavedSpeedup: spreadOf(runs.map((r) => r.cteInterleaved.cpu / r.traceInterleaved.cpu)),
      runs: runs.map((r) => ({ trace: r.trace, cte: r.cte, traceInterleaved: r.traceInterleaved, cteInterleaved: r.cteInterleaved })),
    };
  });

  const memory = process.memoryUsage();
  const result = {
    case: caseFile,
    transactions: txCount,
    outputs: g.outValue.length,
    addresses: g.addressSlots - 1,
    loadGraphSeconds: loadS,
    traceBuffersSeconds: scratchS,
    clusterSeconds: clusterS,
    clusterCpuSeconds: clusterCpuS,
    storeClustersSeconds: storeS,
    clusterMerges: clustering.evidence.merged.filter(Boolean).length,
    traces,
    heapMB: mb(memory.heapUsed),
    typedArraysMB: mb(memory.arrayBuffers),
    traceBuffersMB: mb(Object.values(scratch).reduce((n: number, v: unknown) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    cores: os.availableParallelism(),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `clustering ${clusterCpuS.toFixed(2)} s CPU, ${clusterS.toFixed(2)} s wall (target < ${TARGETS.clusterSeconds} s CPU; one-time: graph load ${loadS.toFixed(2)} s, ` +
      `trace buffers ${scratchS.toFixed(2)} s; store ${storeS.toFixed(2)} s); peak RSS ${result.peakRssMB} MB; load ${result.loadAverage.join(' ')}`,
  );
  const range = (r: { median: number; min: number; max: number }): string => `${r.median.toFixed(1)}x (${r.min.toFixed(1)}-${r.max.toFixed(1)}x)`;
  for (const t of traces) {
    console.log(
      `${HOPS}-hop haircut trace, ${t.seeds} seeds (${t.seedOutputs} outputs), median of ${RUNS} runs: ${(t.traceCpuSeconds * 1000).toFixed(3)} ms vs ` +
        `recursive CTE ${(t.cteCpuSeconds * 1000).toFixed(3)} ms CPU: ${range(t.speedup)} warm on CPU time (target >= ${TARGETS.traceSpeedup}x), ` +
        `${range(t.interleavedSpeedup)} interleaved, ${range(t.wallSpeedup)} warm on wall time; ${t.tracedTxs} transactions, same set as the CTE: ${t.sameTxs}`,
    );
  }
  const ok = clusterCpuS < TARGETS.clusterSeconds && traces.every((t) => t.speedup.median >= TARGETS.traceSpeedup && t.sameTxs);
  process.exitCode = ok ? 0 : 1;
  if (!benchScreening(db, console.log)) process.exitCode = 1;
} finally {
  file.close();
}
