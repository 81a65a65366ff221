import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import type { VerifyResult } from '../../../shared/domain/report';
import { checkCaseIntegrity } from '../audit/case-integrity';
import { openDatabase } from '../db/open-database';
import type { PackageCheckOptions } from './package-check';
import { verifyFolder } from './verify-folder';
import { verifyZip } from './verify-zip';

/** A case file's audit chain and content, read through a read-only connection (verification never writes). */
export function verifyCaseFile(filePath: string): VerifyResult {
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(filePath, { readonly: true });
  } catch (error) {
    // A schema changed outside Assay is a verification failure, named, like an edited audit entry.
    const object = error instanceof AppError ? (error.details as { type?: unknown; name?: unknown } | undefined) : undefined;
    if (typeof object?.type === 'string' && typeof object.name === 'string') return { ok: false, kind: 'case', item: `${object.type} ${object.name}`, reason: (error as Error).message };
    throw error;
  }
  try {
    const verdict = checkCaseIntegrity(db);
    if (!verdict.ok) return { ok: false, kind: 'case', item: verdict.item, reason: verdict.reason };
    const content = verdict.digestSince === null ? 'no content digest recorded yet (case from before schema 5)' : `content matches the digest recorded at entry ${verdict.digestSince}`;
    return { ok: true, kind: 'case', checked: verdict.entries, summary: `audit chain intact: ${verdict.entries} entries, head ${verdict.head}; ${content}` };
  } finally {
    db.close();
  }
}

function head(filePath: string, bytes: number): Buffer {
  const fd = fs.openSync(filePath, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, fs.readSync(fd, buf, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Verifies whatever PATH is: a package folder, a zipped package, or a case file. */
export async function verifyPath(target: string, options: PackageCheckOptions = {}): Promise<VerifyResult> {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new AppError('NOT_FOUND', `Nothing to verify at ${target}.`);
  if (stat.isDirectory()) return verifyFolder(target, options);
  const magic = head(target, 16);
  if (magic.subarray(0, 4).equals(Buffer.from('PK\u0003\u0004', 'latin1'))) return verifyZip(target, options);
  if (magic.toString('latin1') === 'SQLite format 3\u0000') return verifyCaseFile(target);
  throw new AppError('UNSUPPORTED', 'Not a package folder, a zipped package or a case file.', { file: target });
}
