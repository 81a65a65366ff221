import fs from 'node:fs';
import { CaseFile } from '../case/case-file';
import { verifyAuditChain } from '../audit/audit-log';
import { databaseHealth, tableCounts } from './fuzz/table-counts';
import { exited, spawnScript, waitForLine } from './spawn-script';

/** Kill runs per job: the 50 via ASSAY_CRASH_RUNS=50 (npm run test:crash), fewer by default to keep CI fast. */
export function crashRuns(ciDefault: number): number {
  const configured = Number(process.env.ASSAY_CRASH_RUNS);
  return Number.isInteger(configured) && configured > 0 ? configured : ciDefault;
}

/** Runs `run-job` to the end and returns how long the job took after the case was open. */
export async function runJobToEnd(args: string[]): Promise<number> {
  const child = spawnScript('run-job.ts', args);
  await waitForLine(child, 'ready');
  const started = performance.now();
  const done = waitForLine(child, 'done');
  await done;
  const ms = performance.now() - started;
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`run-job ${args.join(' ')} exited ${code}`);
  return ms;
}

/**
 * Starts `run-job`, SIGKILLs it `delayMs` after it prints `mark` ("ready": the case is open; "writing": the job is inside
 * its write transaction); says whether the job had finished first.
 */
export async function killJobAfter(args: string[], delayMs: number, mark: 'ready' | 'writing' = 'ready'): Promise<'killed' | 'finished'> {
  const child = spawnScript('run-job.ts', args);
  let finished = false;
  child.stdout.on('data', (chunk: Buffer) => void (chunk.toString().includes('done') && (finished = true)));
  await waitForLine(child, mark);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited(child);
  return finished ? 'finished' : 'killed';
}

export interface CaseState {
  health: string;
  audit: boolean;
  counts: Record<string, number>;
}

/** Reopens a case the way the app does (taking over the dead process's lock, recovering the WAL) and describes it. */
export function inspectCase(casePath: string): CaseState {
  const file = CaseFile.open(casePath);
  try {
    return { health: databaseHealth(file.db), audit: verifyAuditChain(file.db).ok, counts: tableCounts(file.db) };
  } finally {
    file.close();
  }
}

export const copyCase = (from: string, to: string): void => fs.copyFileSync(from, to);
