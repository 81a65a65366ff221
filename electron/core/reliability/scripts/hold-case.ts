// Opens a case for writing and holds it, like a second running Assay, until stdin says "close" or "exit".
import readline from 'node:readline';
import { CaseFile } from '../../case/case-file';

const [casePath] = process.argv.slice(2);
if (!casePath) throw new Error('usage: hold-case CASE');
const file = CaseFile.open(casePath);
process.stdout.write('ready\n');
for await (const line of readline.createInterface({ input: process.stdin })) {
  // "exit" leaves without closing the case: the exit hook alone must remove the lock.
  if (line === 'close') file.close();
  if (line === 'close' || line === 'exit') process.exit(0);
}
