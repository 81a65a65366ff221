import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { insideDir } from './paths';

/** Names a package writes at the top of its folder; a confirmed re-export replaces exactly these. */
export const PACKAGE_ENTRIES = ['report.pdf', 'csv', 'figures', 'manifest.json', 'SHA256SUMS', 'VERIFY.txt', 'manifest.json.sig', 'allowed_signers'];

/**
 * Makes the chosen folder ready: created when missing; an existing non-empty folder is refused unless the user
 * confirmed (force), and then only the package's own entries (and the previous zip) are replaced.
 */
export function prepareOutDir(dir: string, force: boolean, zipName: string | null): string {
  const root = path.resolve(dir);
  if (fs.existsSync(root)) {
    if (!fs.statSync(root).isDirectory()) throw new AppError('VALIDATION', 'The export location is a file, not a folder.', { field: 'outDir' });
    const entries = fs.readdirSync(root);
    if (entries.length > 0 && !force) {
      throw new AppError('VALIDATION', 'The export folder is not empty; confirm to write the package into it.', {
        field: 'outDir',
        reason: 'NOT_EMPTY',
        entries: entries.length,
      });
    }
    for (const name of [...PACKAGE_ENTRIES, ...(zipName ? [zipName] : [])]) {
      fs.rmSync(insideDir(root, name), { recursive: true, force: true });
    }
  }
  fs.mkdirSync(path.join(root, 'csv'), { recursive: true });
  return root;
}
