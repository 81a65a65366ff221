import fs from 'node:fs';
import type { Manifest, ManifestDocument, ManifestFile, ManifestRows, ManifestSection } from '../../../../shared/domain/report';
import type { Ed25519Key } from '../../keys/ed25519-key';
import { digestFile } from './hash-file';
import { byPath } from './list-files';
import { insideDir } from './paths';
import { ALLOWED_SIGNERS, SIGNATURE, signerOf, signManifest, writeAllowedSigners } from './signing';
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
  contentDigest: string;
  rows: ManifestRows;
  report: { pages: number; sections: ManifestSection[] } | null;
  zip: string | null;
  documents: ManifestDocument[];
}

/** The examiner's key, when one exists: the package is then signed. */
export type PackageSigner = Ed25519Key | null;

/** `sha256sum` format: "<hex>  <path>", one line per file, LF. */
export const sumsLine = (file: ManifestFile): string => `${file.sha256}  ${file.path}\n`;

/**
 * Seals a written package: VERIFY.txt, then manifest.json over the files this export wrote (`written`, never whatever
 * else lies in the folder), then SHA256SUMS over those and the manifest (so `sha256sum -c SHA256SUMS` checks the
 * manifest too). With a key, allowed_signers goes in before the manifest and manifest.json.sig after it (SHA256SUMS
 * lists it too). Returns what SHA256SUMS lists.
 */
export async function sealPackage(root: string, written: readonly string[], header: ManifestHeader, key: PackageSigner = null): Promise<ManifestFile[]> {
  const signer = key ? signerOf(key) : null;
  fs.writeFileSync(insideDir(root, VERIFY_TXT), verifyText(signer, header.documents.length), { flag: 'wx', mode: 0o600 });
  if (key) writeAllowedSigners(root, key);
  const files: ManifestFile[] = [];
  const listed = [...written, VERIFY_TXT, ...(key ? [ALLOWED_SIGNERS] : [])].sort(byPath);
  for (const rel of listed) files.push({ path: rel, ...(await digestFile(insideDir(root, rel))) });
  const manifest: Manifest = { format: 'assay-evidence-package', formatVersion: 1, ...header, signer, files };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  fs.writeFileSync(insideDir(root, MANIFEST), manifestBytes, { flag: 'wx', mode: 0o600 });
  if (key) signManifest(root, manifestBytes, key);
  const all = [...files];
  for (const rel of key ? [MANIFEST, SIGNATURE] : [MANIFEST]) all.push({ path: rel, ...(await digestFile(insideDir(root, rel))) });
  fs.writeFileSync(insideDir(root, SUMS), all.map(sumsLine).join(''), { flag: 'wx', mode: 0o600 });
  return all;
}
