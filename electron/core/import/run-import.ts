import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportProgress, ImportResult, RejectedRow } from '../../../shared/domain/source';
import { appendAudit } from '../audit/audit-log';
import { readHead, sha256File } from './file-digest';
import type { ImportFormat } from './format';
import { detectFormat, findFormat } from './formats';
import { LedgerWriter } from './ledger-writer';

export interface ImportOptions {
  filePath: string;
  /** The name recorded and shown (an upload's original name, not its temporary path). */
  displayName: string;
  format?: string | undefined;
  onBadRows: 'skip' | 'refuse';
  signal?: AbortSignal;
  onProgress?: (progress: Omit<ImportProgress, 'jobId' | 'fileIndex' | 'fileCount'>) => void;
  now?: () => Date;
}

/** How many rejected rows a result carries inline; all of them are stored in the case. */
const INLINE_REJECTS = 200;
const PROGRESS_INTERVAL_MS = 150;

/** Imports one file as one transaction: the source, its rows and its audit entry land together or not at all. */
export async function importFile(db: Database.Database, options: ImportOptions): Promise<ImportResult> {
  const { filePath, displayName } = options;
  const stat = fs.statSync(filePath);
  if (stat.size === 0) throw new AppError('IMPORT_REJECTED', `${displayName}: the file is empty.`, { file: displayName });
  const format: ImportFormat = options.format
    ? findFormat(options.format)
    : detectFormat({ name: displayName, head: await readHead(filePath), size: stat.size });
  const sha256 = await sha256File(filePath);
  const startedAt = Date.now();
  let lastProgress = 0;
  let bytes = 0;
  const report = (rows: number, force = false): void => {
    const nowMs = Date.now();
    if (!options.onProgress || (!force && nowMs - lastProgress < PROGRESS_INTERVAL_MS)) return;
    lastProgress = nowMs;
    const seconds = Math.max((nowMs - startedAt) / 1000, 0.001);
    const rate = bytes / seconds;
    options.onProgress({
      file: displayName,
      bytes,
      totalBytes: stat.size,
      rows,
      rowsPerSecond: rows / seconds,
      etaSeconds: rate > 0 && bytes < stat.size ? (stat.size - bytes) / rate : null,
    });
  };

  db.exec('BEGIN IMMEDIATE');
  try {
    const importedAt = (options.now?.() ?? new Date()).toISOString();
    const sourceId = Number(
      db
        .prepare(`INSERT INTO sources (kind, original_name, sha256, size, format, importer_version, imported_at, counts)
          VALUES ('import', ?, ?, ?, ?, ?, ?, '{}')`)
        .run(displayName, sha256, stat.size, format.id, format.version, importedAt).lastInsertRowid,
    );
    const writer = new LedgerWriter(db, sourceId);
    const rejected: RejectedRow[] = [];
    const insertReject = db.prepare('INSERT INTO rejected_rows (source_id, line, byte_offset, field, reason) VALUES (?, ?, ?, ?, ?)');
    let rows = 0;
    const records = format.read({
      path: filePath,
      name: displayName,
      size: stat.size,
      onBytes: (n) => void (bytes = n),
      signal: options.signal ?? new AbortController().signal,
    });
    for await (const record of records) {
      if (options.signal?.aborted) throw new AppError('CANCELLED', `${displayName}: import cancelled; nothing was added.`);
      rows += 1;
      switch (record.kind) {
        case 'block':
          writer.block(record);
          break;
        case 'utxo-tx':
          writer.utxoTx(record);
          break;
        case 'reject': {
          const row: RejectedRow = { file: displayName, line: record.line, byteOffset: record.byteOffset, field: record.field, reason: record.reason };
          if (rejected.length < INLINE_REJECTS) rejected.push(row);
          insertReject.run(sourceId, row.line, row.byteOffset, row.field, row.reason);
          rows -= 1;
          break;
        }
        default:
          throw new AppError('UNSUPPORTED', `${displayName}: ${record.kind} records are not imported yet.`);
      }
      report(rows);
    }
    const rejectedCount = (db.prepare('SELECT count(*) FROM rejected_rows WHERE source_id = ?').pluck().get(sourceId) as number);
    if (rows === 0) {
      const first = rejected[0];
      throw new AppError('IMPORT_REJECTED', `${displayName}: nothing could be read${first ? ` (${first.reason})` : ''}.`, {
        file: displayName,
        rejected,
      });
    }
    if (rejectedCount > 0 && options.onBadRows === 'refuse') {
      throw new AppError('IMPORT_REJECTED', `${displayName}: ${rejectedCount} bad row(s); the file was refused (first: ${rejected[0]?.reason}).`, {
        file: displayName,
        rejected,
      });
    }
    db.prepare('UPDATE sources SET counts = ?, rejected_count = ? WHERE id = ?').run(JSON.stringify(writer.seen), rejectedCount, sourceId);
    appendAudit(db, 'import', { sourceId, file: displayName, sha256, format: format.id, counts: writer.seen, added: writer.added, rejected: rejectedCount });
    db.exec('COMMIT');
    bytes = stat.size;
    report(rows, true);
    return { file: displayName, sha256, format: format.id, sourceId, counts: writer.seen, added: writer.added, rejected, rejectedCount };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
