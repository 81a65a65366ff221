import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import { openSecondConnection } from '../../db/open-database';
import { applySettings, runAnalysis } from '../run-analysis';
import type { AnalysisJob } from './run-off-thread';

/** Worker thread entry: one analysis job on its own connection to the case, answered as one message. */
const { file, job } = workerData as { file: string; job: AnalysisJob };
const db = openSecondConnection(file);
try {
  parentPort?.postMessage({ ok: true, result: job.kind === 'run' ? runAnalysis(db) : applySettings(db, job.settings) });
} catch (error) {
  const failure = error instanceof AppError ? error.toJSON() : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  parentPort?.postMessage({ ok: false, error: failure });
} finally {
  db.close();
}
