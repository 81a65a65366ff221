import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, toAppError } from '../../../../shared/api/errors';
import { z } from 'zod';
import { AnalysisSettings, type AnalysisSettingsPatch, AnalysisSummary, ClusteringDiff } from '../../../../shared/domain/analysis';

/** What a worker can be asked: a whole analysis run, or new settings with the re-clustering they need. */
export type AnalysisJob = { kind: 'run' } | { kind: 'settings'; settings: AnalysisSettingsPatch };

type Reply = { ok: true; result: unknown } | { ok: false; error: unknown };

/** The bundled worker beside the running bundle (dist/main, dist/cli), else the TypeScript source through tsx. */
function startWorker(file: string, job: AnalysisJob): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'analysis.worker.cjs');
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData: { file, job } });
  const source = path.join(here, 'analysis.worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, workerData: { file, job } });
}

/** Runs a job on a worker thread and checks its answer against the schema it must have. */
function runJob<T>(file: string, job: AnalysisJob, schema: z.ZodType<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(file, job);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
    };
    worker.once('message', (reply: Reply) => settle(() => (reply.ok ? resolve(schema.parse(reply.result)) : reject(toAppError(reply.error)))));
    worker.once('error', (error) => settle(() => reject(new AppError('INTERNAL', `The analysis worker failed: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new AppError('INTERNAL', `The analysis worker stopped (exit code ${code}) before answering.`))));
  });
}

/**
 * analysis.run on a worker thread with its own connection: a 1M-transaction case takes seconds of CPU, during which
 * the Electron main process (or the browser host) keeps answering the UI. The caller holds the session's write queue.
 */
export const runAnalysisOffThread = (file: string): Promise<AnalysisSummary> => runJob(file, { kind: 'run' }, AnalysisSummary);

const SettingsResult = z.object({ settings: AnalysisSettings, diff: ClusteringDiff });
/** analysis.settings.set off the main thread likewise: saving the settings re-clusters the whole case. */
export const applySettingsOffThread = (file: string, settings: AnalysisSettingsPatch): Promise<z.infer<typeof SettingsResult>> =>
  runJob(file, { kind: 'settings', settings }, SettingsResult);
