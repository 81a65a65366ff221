import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { Manifest } from '../../../../shared/domain/report';
import { listFiles } from './list-files';
import { MANIFEST, MAX_MANIFEST_BYTES, SUMS } from './manifest';
import { insideDir } from './paths';
import { SIGNATURE } from './signing';

const refuse = (reason: string, message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError('VALIDATION', message, { field: 'outDir', reason, ...details });

/**
 * Makes the chosen folder ready. A missing folder is created (user-only); an empty one is used as it is. A folder that
 * holds exactly a previous Assay package is refused with NOT_EMPTY unless the user confirmed (replace), and then only
 * the files that package's manifest listed are removed. Anything else in the folder (a file no manifest lists, a link,
 * a device) refuses the export: it is never deleted, overwritten or sealed into the new package.
 */
export function prepareOutDir(dir: string, replace: boolean): string {
  const root = path.resolve(dir);
  const stat = fs.lstatSync(root, { throwIfNoEntry: false });
  if (!stat) {
    fs.mkdirSync(root, { recursive: true, mode: 0o700 });
    return root;
  }
  if (!stat.isDirectory()) throw refuse('NOT_A_FOLDER', 'The export location is a file or a link, not a folder.');
  const { files, specials } = listFiles(root);
  const special = specials[0];
  if (special !== undefined) {
    throw refuse('FOREIGN_FILES', `The export folder holds ${special}, a link or special file; choose an empty folder.`, { entry: special });
  }
  if (files.length === 0) return root;
  const previous = previousPackageFiles(root);
  const foreign = files.find((rel) => !previous?.has(rel));
  if (foreign !== undefined) {
    throw refuse(
      'FOREIGN_FILES',
      `The export folder holds ${foreign}, which no earlier Assay package there lists; choose an empty folder (nothing was changed).`,
      { entry: foreign },
    );
  }
  if (!replace) {
    throw refuse('NOT_EMPTY', 'The export folder holds an earlier evidence package; confirm to replace it.', { entries: files.length });
  }
  for (const rel of files) fs.rmSync(insideDir(root, rel));
  removeEmptyParents(root, files);
  return root;
}

/** What an earlier package in the folder wrote (its manifest's files, the manifest, SHA256SUMS, its zip), or null. */
function previousPackageFiles(root: string): Set<string> | null {
  const manifestPath = insideDir(root, MANIFEST);
  const stat = fs.lstatSync(manifestPath, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_MANIFEST_BYTES) return null;
  try {
    const parsed = Manifest.safeParse(JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
    if (!parsed.success) return null;
    return new Set([...parsed.data.files.map((f) => f.path), MANIFEST, SUMS, ...(parsed.data.signer ? [SIGNATURE] : []), ...(parsed.data.zip ? [parsed.data.zip] : [])]);
  } catch {
    return null;
  }
}

/** Removes the folders (csv/, figures/) the removed files sat in, deepest first, when nothing else is left in them. */
function removeEmptyParents(root: string, removed: string[]): void {
  const dirs = new Set(removed.flatMap((rel) => rel.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  for (const rel of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length)) {
    if (fs.readdirSync(insideDir(root, rel)).length === 0) fs.rmdirSync(insideDir(root, rel));
  }
}

/** The files one export writes, in the order written: the manifest lists these and nothing else found in the folder. */
export class PackageFiles {
  readonly written: string[] = [];

  constructor(readonly root: string) {}

  /** The absolute path for a package file, recorded as written by this export. */
  path(relative: string): string {
    const target = insideDir(this.root, relative);
    this.written.push(relative);
    return target;
  }
}
