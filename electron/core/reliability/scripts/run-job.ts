// One write job on a case, in its own process, so a test can SIGKILL it at any moment:
//   run-job import CASE FILE | run-job analyze CASE | run-job export CASE OUT_DIR
// Prints "ready" once the case is open, "writing" at its first progress event and "done" after the job; goes through the same dispatcher as every transport.
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../../api/create-backend';
import { dispatch } from '../../api/dispatcher';
import { anyPathPolicy } from '../../case/locations';

const [job, casePath, target] = process.argv.slice(2);
if (!job || !casePath) throw new Error('usage: run-job import|analyze|export CASE [FILE|OUT_DIR]');
const backend = createBackend({
  runtime: 'memory',
  userDataDir: process.env.ASSAY_USER_DATA ?? path.join(os.tmpdir(), 'assay-run-job'),
  locations: anyPathPolicy(),
});
const call = async (method: string, params: unknown): Promise<unknown> => {
  const outcome = await dispatch(backend, method, params);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
};

// "writing" marks the first progress event: the job is inside its write transaction, so a kill now must roll back.
let writing = false;
backend.subscribe((name) => {
  if (writing || (name !== 'import.progress' && name !== 'report.progress')) return;
  writing = true;
  process.stdout.write('writing\n');
});

await call('case.open', { location: casePath });
process.stdout.write('ready\n');
if (job === 'import') await call('import.run', { jobId: 'crash', files: [backend.files.register(target ?? '').id] });
else if (job === 'analyze') await call('analysis.run', {});
else if (job === 'export') await call('report.export', { outDir: target, zip: true });
else throw new Error(`unknown job ${job}`);
backend.session.close();
process.stdout.write('done\n');
