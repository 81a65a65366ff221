// bench:report: a report of at least 200 pages from the 100k-transaction demo case (< 15 s, peak RSS < 500 MB; the rows
// per table that make 200 pages are derived from the case by a probe report) and a CSV-only
// export of the 1M case, whose peak RSS must stay near the 100k one (streamed, memory flat). Cases are generated once
// into $ASSAY_BENCH_DIR (default: the OS temp folder) and reused; each measurement runs in a fresh child process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, ensureBenchCase } from '../core/demo/bench-case';
import Database from 'better-sqlite3';
import { exportPackage, readContext } from '../core/report/export-package';
import { writeReportPdf } from '../core/report/pdf/report-pdf';
import { reportSections } from '../core/report/pdf/sections';

const LIMITS = { pdfSeconds: 15, rssMB: 500, pages: 200 };
/** Rows per table of the probe report that measures how many pages a table row takes in this case. */
const PROBE_ROWS = 1_000;
/** Aim a little above the page target: rows wrap differently deeper into a table. */
const PAGE_MARGIN = 1.1;

interface Measurement {
  seconds: number;
  /** CPU time of the run: close to the wall time an idle machine would take, whatever the load while measuring. */
  cpuSeconds: number;
  peakRssMB: number;
  pages: number;
  bytes: number;
}

type Mode = 'pdf' | 'csv' | 'package';

/** report.pdf alone, from the same snapshot context the export uses. */
async function pdfOnly(caseFile: string, outDir: string, rows: number) {
  fs.mkdirSync(outDir, { recursive: true });
  const db = new Database(caseFile, { readonly: true, fileMustExist: true });
  try {
    const file = path.join(outDir, 'report.pdf');
    const ctx = readContext(db, { maxTableRows: rows }, new Date().toISOString());
    const { pages, sections } = await writeReportPdf(ctx, file);
    const items = new Map(sections.map((s) => [s.id, s.id in reportSections ? reportSections[s.id as keyof typeof reportSections].items(ctx) : 0]));
    return { pages, bytes: fs.statSync(file).size, sections: sections.map((s) => ({ pages: s.lastPage - s.firstPage + 1, items: items.get(s.id) ?? 0 })) };
  } finally {
    db.close();
  }
}

/**
 * Rows per table that give this case a report of at least `pages` pages, derived from the case: a probe report with
 * PROBE_ROWS rows per table shows the pages each section takes; a section with more items than that grows in
 * proportion to the rows it shows, the others stay as they are.
 */
async function rowsForPages(caseFile: string, pages: number): Promise<number> {
  const probe = await pdfOnly(caseFile, path.join(benchDir(), 'out-probe'), PROBE_ROWS);
  fs.rmSync(path.join(benchDir(), 'out-probe'), { recursive: true, force: true });
  const growing = probe.sections.filter((s) => s.items > PROBE_ROWS);
  const fixed = probe.pages - growing.reduce((n, s) => n + s.pages, 0);
  const pagesAt = (rows: number): number => fixed + growing.reduce((n, s) => n + (s.pages * Math.min(s.items, rows)) / PROBE_ROWS, 0);
  const most = Math.max(PROBE_ROWS, ...growing.map((s) => s.items));
  if (pagesAt(most) < pages * PAGE_MARGIN) throw new Error(`${caseFile}: too small for a ${pages}-page report (${Math.floor(pagesAt(most))} pages at most)`);
  let [low, high] = [PROBE_ROWS, most];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (pagesAt(mid) >= pages * PAGE_MARGIN) high = mid;
    else low = mid;
  }
  return high;
}

/** Child mode: one run, then its wall time and the process's peak RSS as JSON on stdout. */
async function child(caseFile: string, outDir: string, mode: Mode, rows: number): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let result: { pages: number; bytes: number };
  if (mode === 'pdf') {
    const r = await pdfOnly(caseFile, outDir, rows);
    result = { pages: r.pages, bytes: r.bytes };
  }
  else {
    // Every ledger row: what is timed is streaming the whole case out (a package holds only the rows its accepted
    // findings touch by default, and the benchmark cases have none accepted).
    const r = await exportPackage({ caseFile, outDir, zip: false, force: false, maxTableRows: rows, pdf: mode === 'package', allRows: true });
    result = { pages: r.pages, bytes: r.files.reduce((sum, f) => sum + f.size, 0) };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const m: Measurement = { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024, ...result };
  process.stdout.write(JSON.stringify(m));
}

function measure(caseFile: string, mode: Mode, rows: number): Measurement {
  const out = path.join(benchDir(), `out-${mode}-${path.basename(caseFile, '.assay')}`);
  const stdout = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', caseFile, out, mode, String(rows)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  fs.rmSync(out, { recursive: true, force: true });
  return JSON.parse(stdout) as Measurement;
}

const ratio = (value: number, limit: number): string => `${(value / limit).toFixed(2)}x of the limit`;

async function main(): Promise<void> {
  const [flag, caseArg, outArg, modeArg, rowsArg] = process.argv.slice(2);
  if (flag === '--child' && caseArg && outArg) return child(caseArg, outArg, (modeArg ?? 'pdf') as Mode, Number(rowsArg));
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (timings stretch under load)`);
  const small = ensureBenchCase(100_000, console.log);
  const rows = await rowsForPages(small, LIMITS.pages);
  console.log(`rows per table for a ${LIMITS.pages}-page report of this case: ${rows} (from a probe report with ${PROBE_ROWS} rows per table)`);
  const pdf = measure(small, 'pdf', rows);
  // Judged on CPU time: rendering runs on one thread, and on a shared machine wall time also counts other processes.
  console.log(`report.pdf 100k: ${pdf.pages} pages in ${pdf.cpuSeconds.toFixed(2)} s CPU (${ratio(pdf.cpuSeconds, LIMITS.pdfSeconds)}; wall ${pdf.seconds.toFixed(2)} s), ` +
    `peak RSS ${pdf.peakRssMB.toFixed(0)} MB (${ratio(pdf.peakRssMB, LIMITS.rssMB)}), ${(pdf.bytes / 1e6).toFixed(1)} MB`);
  const whole = measure(small, 'package', rows);
  console.log(`whole package 100k (PDF + all CSVs + manifest): ${whole.seconds.toFixed(2)} s (CPU ${whole.cpuSeconds.toFixed(2)} s), peak RSS ${whole.peakRssMB.toFixed(0)} MB, ${(whole.bytes / 1e6).toFixed(1)} MB`);
  const csvSmall = measure(small, 'csv', rows);
  console.log(`csv 100k: ${csvSmall.seconds.toFixed(2)} s (CPU ${csvSmall.cpuSeconds.toFixed(2)} s), peak RSS ${csvSmall.peakRssMB.toFixed(0)} MB, ${(csvSmall.bytes / 1e6).toFixed(1)} MB written`);
  // A CSV export that wrote nothing measured nothing: fail rather than print a flat memory curve over no data.
  let ok = pdf.cpuSeconds < LIMITS.pdfSeconds && pdf.peakRssMB < LIMITS.rssMB && whole.peakRssMB < LIMITS.rssMB && pdf.pages >= LIMITS.pages && csvSmall.bytes > 1e6;
  if (process.env.ASSAY_BENCH_SKIP_1M !== '1') {
    const csvLarge = measure(ensureBenchCase(1_000_000, console.log), 'csv', rows);
    const growth = csvLarge.peakRssMB / csvSmall.peakRssMB;
    console.log(`csv 1M: ${csvLarge.seconds.toFixed(2)} s (CPU ${csvLarge.cpuSeconds.toFixed(2)} s), peak RSS ${csvLarge.peakRssMB.toFixed(0)} MB, ${(csvLarge.bytes / 1e6).toFixed(1)} MB written; ` +
      `RSS 1M/100k = ${growth.toFixed(2)} for ${(csvLarge.bytes / csvSmall.bytes).toFixed(1)}x the data (flat if close to 1)`);
    ok &&= csvLarge.peakRssMB < LIMITS.rssMB && growth < 1.5;
  }
  console.log(ok ? 'bench:report OK' : 'bench:report FAILED a target');
  if (!ok) process.exitCode = 1;
}

await main();
