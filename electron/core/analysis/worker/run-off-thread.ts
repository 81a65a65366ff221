import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, toAppError } from '../../../../shared/api/errors';
import { AnalysisSummary } from '../../../../shared/domain/analysis';

type Reply = { ok: true; summary: unknown } | { ok: false; error: unknown };

/** The bundled worker beside the running bundle (dist/main, dist/cli), else the TypeScript source through tsx. */
function startWorker(file: string): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'analysis.worker.cjs');
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData: { file } });
  const source = path.join(here, 'analysis.worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, workerData: { file } });
}

/**
 * analysis.run on a worker thread with its own connection: a 1M-transaction case takes seconds of CPU, during which
 * the Electron main process (or the browser host) keeps answering the UI. The caller holds the session's write queue.
 */
export function runAnalysisOffThread(file: string): Promise<AnalysisSummary> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(file);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
    };
    worker.once('message', (reply: Reply) =>
      settle(() => (reply.ok ? resolve(AnalysisSummary.parse(reply.summary)) : reject(toAppError(reply.error)))),
    );
    worker.once('error', (error) => settle(() => reject(new AppError('INTERNAL', `The analysis worker failed: ${error.message}`))));
    worker.once('exit', (code) => settle(() => reject(new AppError('INTERNAL', `The analysis worker stopped (exit code ${code}) before answering.`))));
  });
}
