import fs from 'node:fs';
import type { Manifest, ManifestFile, ManifestSection } from '../../../../shared/domain/report';
import { digestFile } from './hash-file';
import { byPath } from './list-files';
import { insideDir } from './paths';
import { verifyText } from './verify-text';

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
export const VERIFY_TXT = 'VERIFY.txt';
/** No manifest or SHA256SUMS Assay writes comes near this; a larger one is refused unread (verify, replace). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export interface ManifestHeader {
  appVersion: string;
  caseId: string;
  exportedAt: string;
  auditHead: string;
  report: { pages: number; sections: ManifestSection[] } | null;
  zip: string | null;
}

/** `sha256sum` format: "<hex>  <path>", one line per file, LF. */
export const sumsLine = (file: ManifestFile): string => `${file.sha256}  ${file.path}\n`;

/**
 * Seals a written package: VERIFY.txt, then manifest.json over the files this export wrote (`written`, never whatever
 * else lies in the folder), then SHA256SUMS over those and the manifest (so `sha256sum -c SHA256SUMS` checks the
 * manifest too). Returns what SHA256SUMS lists.
 */
export async function sealPackage(root: string, written: readonly string[], header: ManifestHeader): Promise<ManifestFile[]> {
  fs.writeFileSync(insideDir(root, VERIFY_TXT), verifyText(), { flag: 'wx', mode: 0o600 });
  const files: ManifestFile[] = [];
  for (const rel of [...written, VERIFY_TXT].sort(byPath)) files.push({ path: rel, ...(await digestFile(insideDir(root, rel))) });
  const manifest: Manifest = { format: 'assay-evidence-package', formatVersion: 1, ...header, files };
  fs.writeFileSync(insideDir(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  const all = [...files, { path: MANIFEST, ...(await digestFile(insideDir(root, MANIFEST))) }];
  fs.writeFileSync(insideDir(root, SUMS), all.map(sumsLine).join(''), { flag: 'wx', mode: 0o600 });
  return all;
}
