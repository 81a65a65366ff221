import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CaseFile } from '../case/case-file';
import { writeDemoCase } from './write-case';

export const benchDir = (): string => process.env.ASSAY_BENCH_DIR ?? path.join(os.tmpdir(), 'assay-bench');

/**
 * The benchmark case with `scale` background transactions: generated once through the ledger writer (the same path as
 * `assay demo --scale`) into the bench folder and reused by every benchmark. Written under a .partial name so an
 * interrupted run never leaves a half case behind.
 */
export function ensureBenchCase(scale: number, log: (line: string) => void = () => {}): string {
  const file = path.join(benchDir(), `demo-${scale}.assay`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(benchDir(), { recursive: true });
  const started = Date.now();
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const c = CaseFile.create(partial, { title: `Benchmark case (${scale} background transactions)`, caseNumber: `BENCH-${scale}` });
  writeDemoCase(c.db, { scale }, new Date('2026-01-01T00:00:00Z'));
  c.close();
  fs.renameSync(partial, file);
  log(`generated ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return file;
}
