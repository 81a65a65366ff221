// bench:report: a ~200-page report from the 100k-transaction demo case (< 15 s, peak RSS < 500 MB) and a CSV-only
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

const LIMITS = { pdfSeconds: 15, rssMB: 500, pages: 200 };
/** Rows per PDF table that make the 100k report about 200 pages (transactions and clusters, about 60 rows a page). */
const PDF_ROWS = Number(process.env.ASSAY_BENCH_PDF_ROWS ?? 5_800);

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
async function pdfOnly(caseFile: string, outDir: string): Promise<{ pages: number; bytes: number }> {
  fs.mkdirSync(outDir, { recursive: true });
  const db = new Database(caseFile, { readonly: true, fileMustExist: true });
  try {
    const file = path.join(outDir, 'report.pdf');
    const { pages } = await writeReportPdf(readContext(db, { maxTableRows: PDF_ROWS }, new Date().toISOString()), file);
    return { pages, bytes: fs.statSync(file).size };
  } finally {
    db.close();
  }
}

/** Child mode: one run, then its wall time and the process's peak RSS as JSON on stdout. */
async function child(caseFile: string, outDir: string, mode: Mode): Promise<void> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let result: { pages: number; bytes: number };
  if (mode === 'pdf') result = await pdfOnly(caseFile, outDir);
  else {
    const r = await exportPackage({ caseFile, outDir, zip: false, force: false, maxTableRows: PDF_ROWS, pdf: mode === 'package' });
    result = { pages: r.pages, bytes: r.files.reduce((sum, f) => sum + f.size, 0) };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const m: Measurement = { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024, ...result };
  process.stdout.write(JSON.stringify(m));
}

function measure(caseFile: string, mode: Mode): Measurement {
  const out = path.join(benchDir(), `out-${mode}-${path.basename(caseFile, '.assay')}`);
  const stdout = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', caseFile, out, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  fs.rmSync(out, { recursive: true, force: true });
  return JSON.parse(stdout) as Measurement;
}

const ratio = (value: number, limit: number): string => `${(value / limit).toFixed(2)}x of the limit`;

async function main(): Promise<void> {
  const [flag, caseArg, outArg, modeArg] = process.argv.slice(2);
  if (flag === '--child' && caseArg && outArg) return child(caseArg, outArg, (modeArg ?? 'pdf') as Mode);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (timings stretch under load)`);
  const small = ensureBenchCase(100_000, console.log);
  const pdf = measure(small, 'pdf');
  console.log(`report.pdf 100k: ${pdf.pages} pages in ${pdf.seconds.toFixed(2)} s (${ratio(pdf.seconds, LIMITS.pdfSeconds)}; CPU ${pdf.cpuSeconds.toFixed(2)} s), ` +
    `peak RSS ${pdf.peakRssMB.toFixed(0)} MB (${ratio(pdf.peakRssMB, LIMITS.rssMB)}), ${(pdf.bytes / 1e6).toFixed(1)} MB`);
  const whole = measure(small, 'package');
  console.log(`whole package 100k (PDF + all CSVs + manifest): ${whole.seconds.toFixed(2)} s (CPU ${whole.cpuSeconds.toFixed(2)} s), peak RSS ${whole.peakRssMB.toFixed(0)} MB, ${(whole.bytes / 1e6).toFixed(1)} MB`);
  const csvSmall = measure(small, 'csv');
  console.log(`csv 100k: ${csvSmall.seconds.toFixed(2)} s (CPU ${csvSmall.cpuSeconds.toFixed(2)} s), peak RSS ${csvSmall.peakRssMB.toFixed(0)} MB, ${(csvSmall.bytes / 1e6).toFixed(1)} MB written`);
  let ok = pdf.seconds < LIMITS.pdfSeconds && pdf.peakRssMB < LIMITS.rssMB && whole.peakRssMB < LIMITS.rssMB && pdf.pages >= LIMITS.pages;
  if (process.env.ASSAY_BENCH_SKIP_1M !== '1') {
    const csvLarge = measure(ensureBenchCase(1_000_000, console.log), 'csv');
    const growth = csvLarge.peakRssMB / csvSmall.peakRssMB;
    console.log(`csv 1M: ${csvLarge.seconds.toFixed(2)} s (CPU ${csvLarge.cpuSeconds.toFixed(2)} s), peak RSS ${csvLarge.peakRssMB.toFixed(0)} MB, ${(csvLarge.bytes / 1e6).toFixed(1)} MB written; ` +
      `RSS 1M/100k = ${growth.toFixed(2)} for ${(csvLarge.bytes / csvSmall.bytes).toFixed(1)}x the data (flat if close to 1)`);
    ok &&= csvLarge.peakRssMB < LIMITS.rssMB && growth < 1.5;
  }
  console.log(ok ? 'bench:report OK' : 'bench:report FAILED a target');
  if (!ok) process.exitCode = 1;
}

await main();
