import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import { openSecondConnection } from '../../db/open-database';
import { runAnalysis } from '../run-analysis';

/** Worker thread entry: one analysis run on its own connection to the case, answered as one message. */
const { file } = workerData as { file: string };
const db = openSecondConnection(file);
try {
  parentPort?.postMessage({ ok: true, summary: runAnalysis(db) });
} catch (error) {
  const failure = error instanceof AppError ? error.toJSON() : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  parentPort?.postMessage({ ok: false, error: failure });
} finally {
  db.close();
}
