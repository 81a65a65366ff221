import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { appendAudit } from '../audit/audit-log';
import { hardenConnection } from '../db/open-database';
import { sha256File } from '../import/file-digest';
import { createPrivateFile } from './private-file';

/**
 * "Save a copy": SQLite's online backup API copies a consistent snapshot while the case stays open. It writes to a
 * temporary name beside the target and renames at the end, so a crash never leaves a half copy under the chosen name.
 */
export async function saveCopy(db: Database.Database, casePath: string, target: string): Promise<{ bytes: number; sha256: string }> {
  const resolved = path.resolve(target);
  if (resolved === path.resolve(casePath)) throw new AppError('VALIDATION', 'A copy cannot replace the open case.', { field: 'location' });
  if (fs.existsSync(resolved)) {
    throw new AppError('VALIDATION', `A file named ${path.basename(resolved)} already exists.`, { field: 'location' });
  }
  const partial = `${resolved}.partial-${randomBytes(6).toString('hex')}`;
  try {
    createPrivateFile(partial);
    await db.backup(partial);
    checkCopy(partial);
    fs.renameSync(partial, resolved);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('INTERNAL', `The copy could not be written: ${(error as Error).message}`);
  }
  const copy = { bytes: fs.statSync(resolved).size, sha256: await sha256File(resolved) };
  // Chain of custody: the case records that a copy left it, and which bytes.
  appendAudit(db, 'case.saveCopy', { fileName: path.basename(resolved), ...copy });
  return copy;
}

/** `<case>.v<N>.bak`, or `<case>.v<N>.<k>.bak` when an earlier backup already took that name. */
export function migrationBackupPath(casePath: string, version: number): string {
  const base = `${casePath}.v${version}`;
  if (!fs.existsSync(`${base}.bak`)) return `${base}.bak`;
  for (let k = 2; ; k += 1) if (!fs.existsSync(`${base}.${k}.bak`)) return `${base}.${k}.bak`;
}

/**
 * Copies a case before its schema is upgraded. VACUUM INTO is synchronous (opening a case is) and writes a consistent,
 * self-contained file that keeps the old user_version, so the analyst can go back to an older Assay with it.
 */
export function backupBeforeMigration(db: Database.Database, casePath: string, fromVersion: number): string {
  const target = migrationBackupPath(casePath, fromVersion);
  try {
    createPrivateFile(target);
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw new AppError('CASE_INVALID', `The case needs an upgrade but its backup could not be written, so it was left as it was: ${(error as Error).message}`);
  }
  return target;
}

/** A copy that does not open as a sound case is worse than none: refuse it before it gets the chosen name. */
function checkCopy(file: string): void {
  // Writable so closing removes the -wal/-shm sidecars a WAL database gets on open: the copy stays one file.
  const copy = hardenConnection(new Database(file, { fileMustExist: true }));
  try {
    const integrity = copy.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('INTERNAL', `The copy failed its integrity check: ${String(integrity)}`);
  } finally {
    copy.close();
  }
}
