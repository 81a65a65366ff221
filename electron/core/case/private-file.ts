import fs from 'node:fs';

/** Case files, copies, backups and locks hold evidence: created empty and readable by the user only, refusing to reuse a name. */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}
