// bench:path-view: what opening a finding's path view costs the engine on the 1M-transaction benchmark case
// (ASSAY_BENCH_SCALE to change): the figure input (graph.findingPath: subjects, the transactions between them, the
// pool coinbases behind payouts, off-chain links) and the lane layout the path view and the exhibit share. Target:
// < 1 s for every finding. The baseline, measured in the same run, is the same work on the 105-transaction demo case:
// the ratio shows whether the cost grows with the case or only with the path. The canvas then draws a few dozen
// nodes (tens of milliseconds; `npm run bench:ui` times canvas work on 5,000 nodes).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { layoutFigure } from '../../shared/figure/layout-figure';
import { listFindings } from '../core/analysis/findings/finding-store';
import { runAnalysis } from '../core/analysis/run-analysis';
import { CaseFile } from '../core/case/case-file';
import { benchDir, ensureBenchCase } from '../core/demo/bench-case';
import { writeDemoCase } from '../core/demo/write-case';
import { findingPathInput } from '../core/graph/path-figure/finding-path';
import { measureDejaVu } from '../core/report/figure/measure';

const SCALE = Number(process.env.ASSAY_BENCH_SCALE ?? 1_000_000);
const TARGET_MS = 1000;
const RUNS = 5;

interface PathTiming {
  detector: string;
  nodes: number;
  /** Median of RUNS opens, milliseconds. */
  ms: number;
}

/** Times each finding's path view (figure input + layout), median of RUNS; runs the analysis first if none ran. */
function timePaths(db: Database.Database, log: (line: string) => void): PathTiming[] {
  if (listFindings(db, { limit: 1 }).length === 0) {
    const t = performance.now();
    const summary = runAnalysis(db);
    const found = Object.values(summary.findings).reduce((a, b) => a + b, 0);
    log(`  analysis (once, to have findings): ${((performance.now() - t) / 1000).toFixed(1)} s, ${found} findings`);
  }
  return listFindings(db, { limit: 1000 }).map((finding) => {
    let nodes = 0;
    const runs = Array.from({ length: RUNS }, () => {
      const t = performance.now();
      const input = findingPathInput(db, finding.id);
      nodes = layoutFigure(input, { width: 1600, measure: measureDejaVu }).nodes.length;
      return performance.now() - t;
    }).sort((a, b) => a - b);
    return { detector: finding.detector, nodes, ms: runs[Math.floor(RUNS / 2)] as number };
  });
}

/** A case file kept beside the benchmark cases, made once by `make`. */
function benchCopy(file: string, make: (target: string) => void): string {
  if (!fs.existsSync(file)) {
    make(`${file}.partial`);
    fs.renameSync(`${file}.partial`, file);
  }
  return file;
}

const log = (line: string): void => console.log(line);
fs.mkdirSync(benchDir(), { recursive: true });
const demoFile = benchCopy(path.join(benchDir(), 'demo-pathview.assay'), (target) => {
  const c = CaseFile.create(target, { title: 'bench:path-view demo' });
  writeDemoCase(c.db, {}, new Date('2026-01-01T00:00:00Z'));
  c.close();
});
// A private copy: the findings this bench stores must not change the shared case other benchmarks use.
const largeFile = benchCopy(ensureBenchCase(SCALE, log).replace(/\.assay$/, '.pathview.assay'), (target) => fs.copyFileSync(ensureBenchCase(SCALE, log), target));

const measure = (file: string, name: string): PathTiming[] => {
  log(`${name}:`);
  const c = CaseFile.open(file);
  try {
    return timePaths(c.db, log);
  } finally {
    c.close();
  }
};
const demo = measure(demoFile, 'demo case (105 transactions)');
const large = measure(largeFile, `benchmark case (${SCALE.toLocaleString('en-US')} background transactions)`);

// The baseline of a finding: the slowest demo finding of the same detector.
const baseline = new Map<string, number>();
for (const d of demo) baseline.set(d.detector, Math.max(baseline.get(d.detector) ?? 0, d.ms));
let pass = large.length > 0;
for (const timing of large) {
  const base = baseline.get(timing.detector);
  const ratio = base === undefined ? '' : ` (${(timing.ms / Math.max(base, 0.01)).toFixed(1)}x the demo's ${base.toFixed(1)} ms)`;
  const ok = timing.ms < TARGET_MS;
  pass &&= ok;
  log(`  ${timing.detector}: ${timing.nodes} nodes in ${timing.ms.toFixed(1)} ms${ratio} ${ok ? 'OK' : `ABOVE THE ${TARGET_MS} ms TARGET`}`);
}
if (large.length === 0) log('  no findings on the benchmark case: nothing to open');
log(`path view on the ${SCALE.toLocaleString('en-US')} case: ${pass ? 'every finding opens under' : 'FAILS the'} ${TARGET_MS} ms target (median of ${RUNS})`);
// A benchmark that passes below its targets hides regressions.
if (!pass) process.exitCode = 1;
