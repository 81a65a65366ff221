import fs from 'node:fs';
import type { Manifest, ManifestFile, ManifestSection } from '../../../../shared/domain/report';
import { digestFile } from './hash-file';
import { listFiles } from './list-files';
import { insideDir } from './paths';
import { verifyText } from './verify-text';

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
export const VERIFY_TXT = 'VERIFY.txt';

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
 * Seals a written package: VERIFY.txt, then manifest.json over every file, then SHA256SUMS over every file including
 * the manifest (so `sha256sum -c SHA256SUMS` checks the manifest too). Returns what SHA256SUMS lists.
 */
export async function sealPackage(root: string, header: ManifestHeader): Promise<ManifestFile[]> {
  fs.writeFileSync(insideDir(root, VERIFY_TXT), verifyText(), { flag: 'wx' });
  const files: ManifestFile[] = [];
  for (const rel of listFiles(root).files) {
    if (rel === header.zip) continue;
    files.push({ path: rel, ...(await digestFile(insideDir(root, rel))) });
  }
  const manifest: Manifest = { format: 'assay-evidence-package', formatVersion: 1, ...header, files };
  fs.writeFileSync(insideDir(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  const all = [...files, { path: MANIFEST, ...(await digestFile(insideDir(root, MANIFEST))) }];
  fs.writeFileSync(insideDir(root, SUMS), all.map(sumsLine).join(''), { flag: 'wx' });
  return all;
}
