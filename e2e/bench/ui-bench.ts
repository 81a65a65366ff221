// `npm run bench:ui`: bundles the benchmark page, serves it on 127.0.0.1 and drives it in headless Chromium; prints
// a table against the issue #5 targets and exits 1 if one fails. Usage: ui-bench.ts [--cose-cap-s N] [--json FILE]
// Screenshots of the canvas after each step land in dist/bench/*.png. Stock cytoscape opening the same view, measured
// last in the same run, gives the floor this browser and machine set: the open time is also judged against it.
// Without --cose-cap-s, cose is stopped at 52x the worker layout's time (at least 60 s, at most 600 s): just long
// enough to prove the 50x target when cose is stopped, and the ratio printed is then a lower bound.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchWindow } from '../../renderer/src/bench/bench-api';
import { formatTable, rows, type Measurements } from '../../renderer/src/bench/bench-report';
import { serveFolder } from './static-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'dist/bench');
const { values } = parseArgs({ options: { 'cose-cap-s': { type: 'string' }, json: { type: 'string' } } });
const fixedCapMs = values['cose-cap-s'] === undefined ? undefined : Number(values['cose-cap-s']) * 1000;
if (fixedCapMs !== undefined && !(fixedCapMs > 0)) throw new Error(`--cose-cap-s: expected a positive number of seconds, got ${values['cose-cap-s']}`);
const coseCap = (workerMs: number) => fixedCapMs ?? Math.min(600_000, Math.max(60_000, Math.ceil(52 * workerMs)));

// The page is built here, not by `npm run build`, so it never lands in the packaged app (dist/renderer).
await build({
  bundle: true,
  platform: 'browser',
  target: 'chrome120',
  format: 'esm',
  entryPoints: { bench: 'renderer/src/bench/bench-main.ts', 'layout.worker': 'renderer/src/layout/layout.worker.ts' },
  outdir: out,
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
});
mkdirSync(out, { recursive: true });
for (const file of ['bench.html', 'bench.css']) copyFileSync(path.join(root, 'renderer/src/bench', file), path.join(out, file));

const server = await serveFolder(out);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pageErrors: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  await page.goto(`${server.url}/bench.html`);
  await page.waitForFunction(() => 'assayBench' in window);
  const step = <T>(name: string, run: () => Promise<T>): Promise<T> => {
    process.stderr.write(`bench:ui ${name}...\n`);
    return run();
  };
  const loadBefore = loadavg()[0]!;
  const warmUpMs = await step('open an overview-sized view', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.warmUp()));
  const open = await step('open saved view', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.openSavedView()));
  const worker = await step('worker force layout', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.workerLayout()));
  await page.screenshot({ path: path.join(out, 'worker-layout.png') });
  const expand = await step('expand 500 nodes', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.expand()));
  await page.screenshot({ path: path.join(out, 'expanded.png') });
  const cheap = await step('flow / timeline / preset', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.cheapLayouts()));
  const capMs = coseCap(worker.ms);
  const cose = await step(`stock cose (cap ${capMs / 1000} s)`, () => page.evaluate((cap) => (window as unknown as BenchWindow).assayBench.cose(cap), capMs));
  // Last, with cytoscape's code as warm as it was for the open above.
  const stock = await step('stock cytoscape floor', () => page.evaluate(() => (window as unknown as BenchWindow).assayBench.stockFloor()));
  const measurements: Measurements = { warmUpMs, stock, open, worker, expand, cheap, cose, load: { before: loadBefore, after: loadavg()[0]!, cores: availableParallelism() } };
  await page.screenshot({ path: path.join(out, 'after-cose.png') });
  const table = rows(measurements);
  console.log(formatTable(table));
  if (values.json) writeFileSync(values.json, JSON.stringify({ measurements, table }, null, 2));
  if (pageErrors.length > 0) console.error(`page errors:\n${pageErrors.join('\n')}`);
  process.exitCode = table.some((row) => row.pass === false) || pageErrors.length > 0 ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
