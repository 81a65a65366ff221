import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { VerifyResult } from '../../../shared/domain/report';
import { digestStream, type FileDigest } from '../report/package/hash-file';
import { MANIFEST, MAX_MANIFEST_BYTES, SUMS } from '../report/package/manifest';
import { ALLOWED_SIGNERS, SIGNATURE } from '../report/package/signing';
import { checkPackage, oversized, type PackageCheckOptions } from './package-check';

/** Names that would escape a folder on extraction (zip-slip): absolute, drive letters, backslashes, '..' segments. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.includes('\0') || name.split('/').some((s) => s === '..');
}

const SMALL = new Set([MANIFEST, SUMS, SIGNATURE, ALLOWED_SIGNERS]);
/** A zip may inflate to this many times its own size (plus a floor); deflate bombs reach 1000x, CSVs and PDFs ~10x. */
const MAX_INFLATION = 100;
const INFLATION_FLOOR = 64 * 1024 * 1024;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** Why an entry is not a plain file or folder (a symlink, device, pipe or socket as its Unix mode says), or null. */
export function specialEntry(entry: Pick<yauzl.Entry, 'externalFileAttributes' | 'versionMadeBy'>): string | null {
  if (entry.versionMadeBy >> 8 !== 3) return null; // only Unix-made zips carry a file type
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === 0 || type === S_IFREG || type === S_IFDIR) return null;
  return type === 0o120000 ? 'a symbolic link' : 'a special file (device, pipe or socket)';
}

/** Verifies a zipped package without extracting it: each entry is hashed from its stream. */
export async function verifyZip(filePath: string, options: PackageCheckOptions = {}): Promise<VerifyResult> {
  const zip = await promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open)(filePath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  const maxInflated = zip.fileSize * MAX_INFLATION + INFLATION_FLOOR;
  let inflated = 0;
  const files = new Map<string, FileDigest>();
  const small = new Map<string, Buffer>();
  try {
    const openStream = promisify<yauzl.Entry, Readable>(zip.openReadStream.bind(zip));
    for await (const entry of entries(zip)) {
      const name = (entry.fileName as unknown as Buffer).toString('utf8');
      if (unsafeEntryName(name)) return { ok: false, kind: 'zip', item: name, reason: 'unsafe path in the zip (zip-slip): refused' };
      const special = specialEntry(entry);
      if (special) return { ok: false, kind: 'zip', item: name, reason: `${special}, not a regular file: refused` };
      if (name.endsWith('/')) continue;
      if (files.has(name)) return { ok: false, kind: 'zip', item: name, reason: 'appears twice in the zip' };
      // Sizes are declared up front and yauzl holds each stream to its declaration (validateEntrySizes).
      if (SMALL.has(name) && entry.uncompressedSize > MAX_MANIFEST_BYTES) {
        return { ok: false, kind: 'zip', item: name, reason: oversized(name, entry.uncompressedSize) };
      }
      inflated += entry.uncompressedSize;
      if (inflated > maxInflated) return { ok: false, kind: 'zip', item: name, reason: `the zip inflates to more than ${MAX_INFLATION} times its size (a zip bomb?): refused` };
      const stream = await openStream(entry);
      if (SMALL.has(name)) {
        const chunks: Buffer[] = [];
        for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
        const bytes = Buffer.concat(chunks);
        small.set(name, bytes);
        files.set(name, { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      } else files.set(name, await digestStream(stream));
    }
  } finally {
    zip.close();
  }
  return checkPackage({ kind: 'zip', files, read: async (name) => small.get(name) ?? Buffer.alloc(0) }, options);
}

/** The zip's entries one at a time (lazyEntries), as an async iterator. */
async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const cleanup = (): void => void zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      zip.once('entry', (e: yauzl.Entry) => (cleanup(), resolve(e)));
      zip.once('end', () => (cleanup(), resolve(null)));
      zip.once('error', (err: Error) => (cleanup(), reject(err)));
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}
