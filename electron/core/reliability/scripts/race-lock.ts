// One racer for the lock test, for many rounds: at each round's start signal (a file) it takes the case lock and says
// what happened; a winner holds the lock until the round's end signal, so no later racer can legitimately get it.
import fs from 'node:fs';
import path from 'node:path';
import { CaseLock } from '../../case/case-lock';

const [casePath, signalDir, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!casePath || !signalDir || !(rounds > 0)) throw new Error('usage: race-lock CASE SIGNAL_DIR ROUNDS');
const signalled = async (name: string): Promise<void> => {
  while (!fs.existsSync(path.join(signalDir, name))) await new Promise((resolve) => setTimeout(resolve, 2));
};
process.stdout.write('ready\n');
for (let round = 1; round <= rounds; round += 1) {
  await signalled(`go-${round}`);
  let lock: CaseLock | null = null;
  try {
    lock = CaseLock.acquire(casePath);
    process.stdout.write(`${round} ACQUIRED\n`);
  } catch (error) {
    process.stdout.write(`${round} REFUSED ${(error as { code?: string }).code ?? 'error'}\n`);
  }
  await signalled(`end-${round}`);
  lock?.release();
  process.stdout.write(`${round} DONE\n`);
}
