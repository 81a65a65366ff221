import { Manifest } from '../../../shared/domain/report';
import type { VerifyResult } from '../../../shared/domain/report';
import type { FileDigest } from '../report/package/hash-file';
import { MANIFEST, MAX_MANIFEST_BYTES, SUMS } from '../report/package/manifest';
import { SIGNATURE } from '../report/package/signing';
import { checkCaseBinding } from './case-binding';
import { checkExpectedKey, checkSignature } from './signature-check';

/** What a package holds, however it is stored (folder or zip): each file's digest, and the bytes of small files. */
export interface PackageListing {
  kind: 'package' | 'zip';
  files: Map<string, FileDigest>;
  read(path: string): Promise<Buffer>;
}

type Failure = Extract<VerifyResult, { ok: false }>;

export interface PackageCheckOptions {
  /** Fail unless this key (OpenSSH SHA256 fingerprint) signed the manifest. */
  expectKey?: string | undefined;
  /** A case file the package must come from (case-binding.ts). */
  caseFile?: string | undefined;
}

/** The reason given for a manifest or SHA256SUMS too large to be Assay's (read into memory, so capped). */
export const oversized = (name: string, size: number): string =>
  `${size} bytes, over the ${MAX_MANIFEST_BYTES >> 20} MiB an Assay package's ${name} can be: refused unread`;

/**
 * Checks a package against its manifest and SHA256SUMS: every listed file present with its size and hash, nothing
 * added (other than the manifest, SHA256SUMS and, in a folder, the declared zip). Names the first broken item.
 */
export async function checkPackage(listing: PackageListing, options: PackageCheckOptions = {}): Promise<VerifyResult> {
  const fail = (item: string, reason: string): Failure => ({ ok: false, kind: listing.kind, item, reason });
  if (!listing.files.has(MANIFEST)) return fail(MANIFEST, 'missing: this is not an Assay evidence package, or its manifest was removed');
  for (const name of [MANIFEST, SUMS]) {
    const size = listing.files.get(name)?.size ?? 0;
    if (size > MAX_MANIFEST_BYTES) return fail(name, oversized(name, size));
  }
  let manifest: Manifest;
  const manifestBytes = await listing.read(MANIFEST);
  try {
    const parsed = Manifest.safeParse(JSON.parse(manifestBytes.toString('utf8')));
    if (!parsed.success) return fail(MANIFEST, `not a valid manifest (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`);
    manifest = parsed.data;
  } catch {
    return fail(MANIFEST, 'not valid JSON');
  }
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const actual = listing.files.get(entry.path);
    if (!actual) return fail(entry.path, 'missing (listed in the manifest)');
    if (actual.size !== entry.size) return fail(entry.path, `changed: ${actual.size} bytes, the manifest says ${entry.size}`);
    if (actual.sha256 !== entry.sha256) return fail(entry.path, `changed: SHA-256 ${actual.sha256} does not match the manifest`);
  }
  // Each document the manifest describes is one of its files, with the same SHA-256 (what the PDF and VERIFY.txt cite).
  const byPath = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  for (const d of manifest.documents ?? []) {
    if (byPath.get(d.path) !== d.sha256) return fail(d.path, `manifest.json "documents" gives SHA-256 ${d.sha256}, which its file list does not hold for this path`);
  }
  const signed = manifest.signer ? [SIGNATURE] : [];
  const allowed = new Set([MANIFEST, SUMS, ...signed, ...(listing.kind === 'package' && manifest.zip ? [manifest.zip] : [])]);
  for (const path of listing.files.keys()) {
    if (!listed.has(path) && !allowed.has(path)) return fail(path, 'added: not listed in the manifest');
  }
  const signature = await checkSignature(listing, manifest, manifestBytes);
  if (!signature.ok) return fail(signature.item, signature.reason);
  const sums = listing.files.has(SUMS) ? await checkSums(listing, new Set([...listed, ...signed])) : 'missing';
  if (sums) return fail(SUMS, sums);
  const unexpected = checkExpectedKey(signature.signer, options.expectKey);
  if (unexpected) return fail(SIGNATURE, unexpected);
  const binding = options.caseFile ? checkCaseBinding(manifest, options.caseFile) : null;
  if (binding && !binding.ok) return fail(binding.item, binding.reason);
  // The count the export dialog and its result give too: every file SHA256SUMS seals (the manifest's, the manifest, its signature).
  const sealed = manifest.files.length + 1 + signed.length;
  const files = `${sealed} sealed files match SHA256SUMS and the manifest of case ${manifest.caseId} exported ${manifest.exportedAt}`;
  return {
    ok: true,
    kind: listing.kind,
    checked: sealed,
    summary: (signature.signer
      ? `${files}; manifest signed by ${signature.signer.examiner}, key ${signature.signer.fingerprint}`
      : `${files}; UNSIGNED: no examiner signature binds this package to whoever made it`) + (binding ? `; ${binding.note}` : ''),
    signer: signature.signer,
  };
}

/** SHA256SUMS must list exactly the manifest's files plus the manifest (and its signature), with the hashes found. Returns a reason or null. */
async function checkSums(listing: PackageListing, listed: Set<string>): Promise<string | null> {
  const expected = new Set([...listed, MANIFEST]);
  const lines = (await listing.read(SUMS)).toString('utf8').split('\n').filter((l) => l.length > 0);
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) return `line ${i + 1} is not "<sha256>  <path>"`;
    const [, hash, path] = m as unknown as [string, string, string];
    if (!expected.has(path)) return `line ${i + 1} lists ${path}, which the manifest does not`;
    if (listing.files.get(path)?.sha256 !== hash) return `line ${i + 1}: the SHA-256 of ${path} does not match`;
    seen.add(path);
  }
  const absent = [...expected].find((p) => !seen.has(p));
  return absent ? `does not list ${absent}` : null;
}
