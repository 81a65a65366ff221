// bench:import: generates the BigQuery-shaped benchmark input (1M transactions by default; ASSAY_BENCH_IMPORT_SCALE
// to change), imports it into a new case in a child process (rows/s, peak RSS), loads the same rows flattened to CSV
// with the sqlite3 shell's .import into equivalent tables (the raw SQLite rate), prints both, the ratio and the
// targets (>= 0.5x sqlite3, peak RSS < 300 MB), then times the import of miners.yaml (37,439 tags). The ratio is judged
// on CPU time (user + system, every thread of each child), like the other benches: on a shared machine wall time also
// counts the time other processes held the CPU. Wall rates are printed beside it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaseFile } from '../core/case/case-file';
import { benchDir } from '../core/demo/bench-case';
import { writeBigQueryJsonl } from '../core/demo/bigquery-jsonl';
import { IMPORT_CACHE_KIB, importFile } from '../core/import/run-import';
import { fixture } from '../core/test-support/fixtures';
import { flattenToCsv, SQLITE_SCHEMA } from './import-flatten';

const SCALE = Number(process.env.ASSAY_BENCH_IMPORT_SCALE ?? 1_000_000);
const TARGETS = { ratio: 0.5, rssMB: 300 };

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  rows: number;
  peakRssMB: number;
  rejected: number;
}

/** Child: one import into a fresh case, measured from inside so peak RSS is the import's own. */
async function child(input: string, caseFile: string): Promise<void> {
  fs.rmSync(caseFile, { force: true });
  const c = CaseFile.create(caseFile, { title: 'bench:import' });
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = await importFile(c.db, { filePath: input, displayName: path.basename(input), onBadRows: 'skip' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  c.close();
  const m: Measurement = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    rows: result.counts.transactions + result.counts.inputs + result.counts.outputs + result.counts.tags,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    rejected: result.rejectedCount,
  };
  process.stdout.write(JSON.stringify(m));
}

function measureImport(input: string, caseFile: string): Measurement {
  const stdout = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', input, caseFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as Measurement;
}

/** Wall and CPU seconds of the sqlite3 shell's import; bash's `times` reports the CPU its child used. */
function sqliteImport(dir: string, csv: Record<'transactions' | 'inputs' | 'outputs', string>): { seconds: number; cpuSeconds: number } {
  const db = path.join(dir, 'sqlite3-import.db');
  fs.rmSync(db, { force: true });
  const script = [
    'PRAGMA journal_mode = WAL;',
    'PRAGMA synchronous = NORMAL;',
    // The same page cache Assay's import uses, so the comparison measures the importers, not the cache size.
    `PRAGMA cache_size = -${IMPORT_CACHE_KIB};`,
    SQLITE_SCHEMA,
    'BEGIN;',
    `.import --csv ${csv.transactions} transactions`,
    `.import --csv ${csv.inputs} tx_inputs`,
    `.import --csv ${csv.outputs} tx_outputs`,
    'COMMIT;',
  ].join('\n');
  const started = process.hrtime.bigint();
  const times = execFileSync('bash', ['-c', 'sqlite3 "$1" >/dev/null; times', 'bench', db], { input: script, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // `times` prints the shell's own user/system times, then its children's: "0m1.234s 0m0.056s".
  const children = times.trim().split('\n').at(-1)?.match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  if (!children) throw new Error(`bench:import: cannot read the sqlite3 shell's CPU time from: ${times}`);
  const [, um, us, sm, ss] = children.map(Number) as number[];
  return { seconds, cpuSeconds: (um as number) * 60 + (us as number) + (sm as number) * 60 + (ss as number) };
}

async function main(): Promise<void> {
  const dir = benchDir();
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, `bigquery-${SCALE}.jsonl`);
  if (!fs.existsSync(input)) {
    const started = Date.now();
    const txs = await writeBigQueryJsonl(`${input}.partial`, { scale: SCALE });
    fs.renameSync(`${input}.partial`, input);
    console.log(`generated ${input}: ${txs} transactions, ${(fs.statSync(input).size / 2 ** 20).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const assay = measureImport(input, path.join(dir, 'bench-import.assay'));
  const csv = { transactions: path.join(dir, 'flat-transactions.csv'), inputs: path.join(dir, 'flat-inputs.csv'), outputs: path.join(dir, 'flat-outputs.csv') };
  const flatRows = await flattenToCsv(input, csv);
  const sqlite = sqliteImport(dir, csv);
  const assayRate = assay.rows / assay.cpuSeconds;
  const sqliteRate = flatRows / sqlite.cpuSeconds;
  const ratio = assayRate / sqliteRate;
  const wallRatio = assay.rows / assay.seconds / (flatRows / sqlite.seconds);
  const miners = measureImport(fixture('graphsense-tagpacks/packs/miners.yaml'), path.join(dir, 'bench-miners.assay'));

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`Assay import : ${fmt(assay.rows)} rows (transactions + inputs + outputs) in ${assay.cpuSeconds.toFixed(1)} s CPU (${assay.seconds.toFixed(1)} s wall) = ${fmt(assayRate)} rows/s, peak RSS ${assay.peakRssMB.toFixed(0)} MB, ${assay.rejected} rejected`);
  console.log(`sqlite3 .import: ${fmt(flatRows)} rows in ${sqlite.cpuSeconds.toFixed(1)} s CPU (${sqlite.seconds.toFixed(1)} s wall) = ${fmt(sqliteRate)} rows/s`);
  console.log(`ratio on CPU time ${ratio.toFixed(2)}x (target >= ${TARGETS.ratio}x) ${ratio >= TARGETS.ratio ? 'OK' : 'BELOW TARGET'}; on wall time ${wallRatio.toFixed(2)}x; peak RSS ${assay.peakRssMB < TARGETS.rssMB ? 'OK' : 'ABOVE TARGET'} (< ${TARGETS.rssMB} MB)`);
  console.log(`miners.yaml  : ${fmt(miners.rows)} tags in ${miners.seconds.toFixed(2)} s (${miners.cpuSeconds.toFixed(2)} s CPU), peak RSS ${miners.peakRssMB.toFixed(0)} MB`);
  for (const file of Object.values(csv)) fs.rmSync(file, { force: true });
  // A benchmark that passes below its targets hides regressions.
  if (ratio < TARGETS.ratio || assay.peakRssMB >= TARGETS.rssMB) process.exitCode = 1;
}

const [flag, a, b] = process.argv.slice(2);
await (flag === '--child' && a && b ? child(a, b) : main());
