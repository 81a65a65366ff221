// bench:import: generates the BigQuery-shaped benchmark input (1M transactions by default; ASSAY_BENCH_IMPORT_SCALE
// to change), imports it into a new case in a child process (rows/s, peak RSS), loads the same rows flattened to CSV
// with the sqlite3 shell's .import into equivalent tables (the raw SQLite rate), prints both, the ratio and the
// targets (>= 0.5x sqlite3, peak RSS < 300 MB), then times the import of miners.yaml (37,439 tags).
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
  rows: number;
  peakRssMB: number;
  rejected: number;
}

/** Child: one import into a fresh case, measured from inside so peak RSS is the import's own. */
async function child(input: string, caseFile: string): Promise<void> {
  fs.rmSync(caseFile, { force: true });
  const c = CaseFile.create(caseFile, { title: 'bench:import' });
  const started = process.hrtime.bigint();
  const result = await importFile(c.db, { filePath: input, displayName: path.basename(input), onBadRows: 'skip' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  c.close();
  const m: Measurement = {
    seconds,
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

function sqliteImport(dir: string, csv: Record<'transactions' | 'inputs' | 'outputs', string>): number {
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
  execFileSync('sqlite3', [db], { input: script, stdio: ['pipe', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - started) / 1e9;
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
  const sqliteSeconds = sqliteImport(dir, csv);
  const assayRate = assay.rows / assay.seconds;
  const sqliteRate = flatRows / sqliteSeconds;
  const ratio = assayRate / sqliteRate;
  const miners = measureImport(fixture('graphsense-tagpacks/packs/miners.yaml'), path.join(dir, 'bench-miners.assay'));

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`Assay import : ${fmt(assay.rows)} rows (transactions + inputs + outputs) in ${assay.seconds.toFixed(1)} s = ${fmt(assayRate)} rows/s, peak RSS ${assay.peakRssMB.toFixed(0)} MB, ${assay.rejected} rejected`);
  console.log(`sqlite3 .import: ${fmt(flatRows)} rows in ${sqliteSeconds.toFixed(1)} s = ${fmt(sqliteRate)} rows/s`);
  console.log(`ratio ${ratio.toFixed(2)}x (target >= ${TARGETS.ratio}x) ${ratio >= TARGETS.ratio ? 'OK' : 'BELOW TARGET'}; peak RSS ${assay.peakRssMB < TARGETS.rssMB ? 'OK' : 'ABOVE TARGET'} (< ${TARGETS.rssMB} MB)`);
  console.log(`miners.yaml  : ${fmt(miners.rows)} tags in ${miners.seconds.toFixed(2)} s, peak RSS ${miners.peakRssMB.toFixed(0)} MB`);
  for (const file of Object.values(csv)) fs.rmSync(file, { force: true });
  // A benchmark that passes below its targets hides regressions.
  if (ratio < TARGETS.ratio || assay.peakRssMB >= TARGETS.rssMB) process.exitCode = 1;
}

const [flag, a, b] = process.argv.slice(2);
await (flag === '--child' && a && b ? child(a, b) : main());
