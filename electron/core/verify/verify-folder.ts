import fs from 'node:fs';
import type { VerifyResult } from '../../../shared/domain/report';
import { digestFile, type FileDigest } from '../report/package/hash-file';
import { listFiles } from '../report/package/list-files';
import { MANIFEST } from '../report/package/manifest';
import { insideDir } from '../report/package/paths';
import { checkPackage, type PackageCheckOptions } from './package-check';

/** Verifies a package folder; links and other non-regular files are refused (they could point outside it). */
export async function verifyFolder(root: string, options: PackageCheckOptions = {}): Promise<VerifyResult> {
  // Checked before walking the tree, so pointing verify at a large unrelated folder answers at once.
  if (!fs.statSync(insideDir(root, MANIFEST), { throwIfNoEntry: false })?.isFile()) {
    return { ok: false, kind: 'package', item: MANIFEST, reason: 'missing: this is not an Assay evidence package, or its manifest was removed' };
  }
  const { files, specials } = listFiles(root);
  const first = specials[0];
  if (first !== undefined) return { ok: false, kind: 'package', item: first, reason: 'not a regular file (link or device)' };
  const digests = new Map<string, FileDigest>();
  for (const rel of files) digests.set(rel, await digestFile(insideDir(root, rel)));
  return checkPackage({ kind: 'package', files: digests, read: async (rel) => fs.readFileSync(insideDir(root, rel)) }, options);
}
