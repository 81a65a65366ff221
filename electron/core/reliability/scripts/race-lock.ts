// One racer for the lock test: waits for the start signal (a file), takes the case lock, says what happened.
// A winner holds the lock until stdin closes, so a later racer cannot legitimately get it after it.
import fs from 'node:fs';
import { CaseLock } from '../../case/case-lock';

const [casePath, goFile] = process.argv.slice(2);
if (!casePath || !goFile) throw new Error('usage: race-lock CASE GO_FILE');
process.stdout.write('ready\n');
while (!fs.existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 2));
try {
  CaseLock.acquire(casePath);
  process.stdout.write('ACQUIRED\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} catch (error) {
  process.stdout.write(`REFUSED ${(error as { code?: string }).code ?? 'error'}\n`);
  process.exit(0);
}
