import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { VerifyResult } from '../../../shared/domain/report';
import { digestStream, type FileDigest } from '../report/package/hash-file';
import { MANIFEST, SUMS } from '../report/package/manifest';
import { SIGNATURE, ALLOWED_SIGNERS } from '../report/package/signing';
import { checkPackage, type PackageCheckOptions } from './package-check';

/** Names that would escape a folder on extraction (zip-slip): absolute, drive letters, backslashes, '..' segments. */
export function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.includes('\0') || name.split('/').some((s) => s === '..');
}

const SMALL = new Set([MANIFEST, SUMS, SIGNATURE, ALLOWED_SIGNERS]);

/** Verifies a zipped package without extracting it: each entry is hashed from its stream. */
export async function verifyZip(filePath: string, options: PackageCheckOptions = {}): Promise<VerifyResult> {
  const zip = await promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open)(filePath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  const files = new Map<string, FileDigest>();
  const small = new Map<string, Buffer>();
  try {
    const openStream = promisify<yauzl.Entry, Readable>(zip.openReadStream.bind(zip));
    for await (const entry of entries(zip)) {
      const name = (entry.fileName as unknown as Buffer).toString('utf8');
      if (unsafeEntryName(name)) return { ok: false, kind: 'zip', item: name, reason: 'unsafe path in the zip (zip-slip): refused' };
      if (name.endsWith('/')) continue;
      if (files.has(name)) return { ok: false, kind: 'zip', item: name, reason: 'appears twice in the zip' };
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
