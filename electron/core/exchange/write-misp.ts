import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { Manifest } from '../../../shared/domain/report';
import { appendAudit } from '../audit/audit-log';
import { mispEventOf } from './misp-event-of';

/** The package a MISP event accompanies: its manifest must be of this case; the event names the manifest's SHA-256. */
function manifestHash(db: Database.Database, packageDir: string): string {
  const file = path.join(packageDir, 'manifest.json');
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'No manifest.json in the evidence package folder.', { field: 'packageLocation' });
  const bytes = fs.readFileSync(file);
  const parsed = Manifest.safeParse(JSON.parse(bytes.toString('utf8')));
  const caseId = db.prepare("SELECT value FROM case_meta WHERE key = 'case_id'").pluck().get() as string | undefined;
  if (!parsed.success || parsed.data.caseId !== caseId) {
    throw new AppError('VALIDATION', 'That evidence package is not from the open case.', { field: 'packageLocation' });
  }
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the MISP event JSON (never over an existing file) and records it in the audit log. */
export function writeMispEvent(db: Database.Database, outFile: string, packageDir: string | null, now = new Date()): { file: string; attributes: number; objects: number } {
  if (fs.existsSync(outFile)) throw new AppError('VALIDATION', `${path.basename(outFile)} already exists; choose another name.`, { field: 'outFile', reason: 'EXISTS' });
  const manifestSha256 = packageDir ? manifestHash(db, packageDir) : null;
  const event = mispEventOf(db, { manifestSha256, now });
  fs.writeFileSync(outFile, `${JSON.stringify(event, null, 2)}\n`, { flag: 'wx' });
  const result = { file: outFile, attributes: event.Event.Attribute.length, objects: event.Event.Object.length };
  db.transaction(() => appendAudit(db, 'exchange.misp', { file: path.basename(outFile), event: event.Event.uuid, manifestSha256, attributes: result.attributes, objects: result.objects }))();
  return result;
}
