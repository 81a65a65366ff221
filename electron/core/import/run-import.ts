import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportProgress, ImportResult } from '../../../shared/domain/source';
import { appendAudit } from '../audit/audit-log';
import { readHead, sha256File } from './file-digest';
import type { FormatOptions, ImportFormat, IncludedFile } from './format';
import { detectFormat, findFormat } from './formats';
import type { ImportRecord } from './records';
import { RecordSink } from './record-sink';

export interface ImportOptions extends FormatOptions {
  filePath: string;
  /** The name recorded and shown (an upload's original name, not its temporary path). */
  displayName: string;
  format?: string | undefined;
  onBadRows: 'skip' | 'refuse';
  signal?: AbortSignal | undefined;
  onProgress?: (progress: Omit<ImportProgress, 'jobId' | 'fileIndex' | 'fileCount'>) => void;
  now?: () => Date;
}

/** What a source is, as recorded in `sources`. */
export interface SourceInfo {
  kind: 'import' | 'reference' | 'paste';
  name: string;
  sha256: string;
  size: number;
  format: string;
  version: string;
  /** Files the source pulled in (filled while it is read); their hashes go into the import's audit entry. */
  includes?: readonly IncludedFile[];
  /** The query that produced the file (an `assay extract` run), found beside it as FILE.sql. */
  provenance?: { query: string; sha256: string } | undefined;
  /** The confidence the analyst stated for tags that state none (FormatOptions.confidence). */
  statedConfidence?: string | undefined;
}

const PROGRESS_INTERVAL_MS = 150;
/**
 * SQLite page cache during an import (KiB). Index inserts keyed by random hashes (txids, addresses) touch pages all
 * over the file; with SQLite's 2 MB default a 1M-transaction import slows ~10x as the indexes outgrow it.
 */
export const IMPORT_CACHE_KIB = 32 * 1024;

/** Imports one file as one transaction: the source, its rows and its audit entry land together or not at all. */
export async function importFile(db: Database.Database, options: ImportOptions): Promise<ImportResult> {
  const { filePath, displayName } = options;
  const stat = fs.statSync(filePath);
  if (stat.size === 0) throw new AppError('IMPORT_REJECTED', `${displayName}: the file is empty.`, { file: displayName });
  // A column mapping only means something to the generic CSV format, so passing one chooses it.
  const formatId = options.format ?? (options.mapping ? 'generic-csv' : undefined);
  const format: ImportFormat = formatId
    ? findFormat(formatId)
    : detectFormat({ name: displayName, head: await readHead(filePath), size: stat.size });
  // Hashed while the format reads (the second read hits the page cache); a refused file stops the hashing.
  const hashing = new AbortController();
  const digest = sha256File(filePath, hashing.signal);
  digest.catch(() => undefined);
  const startedAt = Date.now();
  let lastProgress = 0;
  let bytes = 0;
  const signal = options.signal ?? new AbortController().signal;
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
  const includes: IncludedFile[] = [];
  const records = format.read({
    path: filePath,
    name: displayName,
    size: stat.size,
    options: { chain: options.chain, mapping: options.mapping, confidence: options.confidence },
    onBytes: (n) => void (bytes = n),
    onInclude: (file) => void includes.push(file),
    signal,
  });
  const source: SourceInfo = {
    kind: 'import', name: displayName, sha256: '', size: stat.size, format: format.id, version: format.version, includes, provenance: queryBeside(filePath),
    statedConfidence: options.confidence,
  };
  let result: ImportResult;
  try {
    result = await importRecords(db, source, records, { onBadRows: options.onBadRows, signal, now: options.now, onRows: report, digest: () => digest });
  } finally {
    hashing.abort();
  }
  bytes = stat.size;
  report(result.counts.transactions + result.counts.transfers + result.counts.tags, true);
  return result;
}

/** The query `assay extract` wrote beside its output (FILE.sql), with its SHA-256; undefined when there is none. */
function queryBeside(filePath: string): SourceInfo['provenance'] {
  const queryFile = `${filePath}.sql`;
  if (!fs.existsSync(queryFile) || fs.statSync(queryFile).size > 1 << 20) return undefined;
  const query = fs.readFileSync(queryFile, 'utf8');
  return { query, sha256: createHash('sha256').update(query).digest('hex') };
}

/** Writes one source's records as one transaction; any error (or cancel) rolls everything back. */
export async function importRecords(
  db: Database.Database,
  source: SourceInfo,
  records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
  options: {
    onBadRows: 'skip' | 'refuse';
    signal?: AbortSignal | undefined;
    now?: (() => Date) | undefined;
    onRows?: (rows: number) => void;
    /** The source's SHA-256 when it is only known once read (files hashed alongside). */
    digest?: () => Promise<string>;
  },
): Promise<ImportResult> {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    const sink = openSource(db, source, options.now);
    for await (const record of records) {
      if (options.signal?.aborted) throw new AppError('CANCELLED', `${source.name}: import cancelled; nothing was added.`);
      writeChecked(sink, record, source.name, options.onBadRows);
      options.onRows?.(sink.rows);
    }
    const sha256 = options.digest ? await options.digest() : source.sha256;
    if (options.digest) db.prepare('UPDATE sources SET sha256 = ? WHERE id = ?').run(sha256, sink.sourceId);
    const result = closeSource(db, { ...source, sha256 }, sink);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    // A reader stopped by the signal throws the stream's own AbortError: the user cancelled, nothing else went wrong.
    if (options.signal?.aborted && !(error instanceof AppError)) {
      throw new AppError('CANCELLED', `${source.name}: import cancelled; nothing was added.`);
    }
    throw error;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** Inserts the source row and returns the sink its records go to (inside the caller's transaction). */
export function openSource(db: Database.Database, source: SourceInfo, now?: () => Date): RecordSink {
  const importedAt = (now?.() ?? new Date()).toISOString();
  const sourceId = Number(
    db
      .prepare(`INSERT INTO sources (kind, original_name, sha256, size, format, importer_version, imported_at, counts, provenance)
        VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?)`)
      .run(source.kind, source.name, source.sha256, source.size, source.format, source.version, importedAt, source.provenance ? JSON.stringify(source.provenance) : null).lastInsertRowid,
  );
  return new RecordSink(db, sourceId, source.name);
}

/** Writes one record; under 'refuse' the first bad row refuses the whole file. */
export function writeChecked(sink: RecordSink, record: ImportRecord, name: string, onBadRows: 'skip' | 'refuse'): void {
  sink.write(record);
  if (record.kind === 'reject' && onBadRows === 'refuse') {
    throw new AppError('IMPORT_REJECTED', `${name}: ${locate(record)}: ${record.reason}; the file was refused.`, { file: name, rejected: sink.rejected });
  }
}

/** Refuses a source that yielded nothing usable; otherwise stores its counts and its audit entry. */
export function closeSource(db: Database.Database, source: SourceInfo, sink: RecordSink): ImportResult {
  const { name } = source;
  if (sink.rows === 0) {
    const first = sink.rejected[0];
    throw new AppError('IMPORT_REJECTED', `${name}: nothing could be read${first ? ` (${locate(first)}: ${first.reason})` : ''}.`, {
      file: name,
      rejected: sink.rejected,
    });
  }
  const { seen, added } = sink.finish(source.sha256);
  db.prepare('UPDATE sources SET counts = ?, rejected_count = ? WHERE id = ?').run(JSON.stringify(seen), sink.rejectedCount, sink.sourceId);
  appendAudit(db, source.kind === 'import' ? 'import' : `import.${source.kind}`, {
    sourceId: sink.sourceId,
    file: name,
    sha256: source.sha256,
    format: source.format,
    counts: seen,
    added,
    rejected: sink.rejectedCount,
    ...(source.includes?.length ? { includes: source.includes } : {}),
    ...(source.provenance ? { querySha256: source.provenance.sha256 } : {}),
    ...(source.statedConfidence ? { statedConfidence: source.statedConfidence } : {}),
  }, { ledgerChanged: seen.blocks + seen.transactions + seen.inputs + seen.outputs + seen.transfers > 0 });
  return { file: name, sha256: source.sha256, format: source.format, sourceId: sink.sourceId, counts: seen, added, rejected: sink.rejected, rejectedCount: sink.rejectedCount };
}

/** "line 12, field value" style location of a reject. */
function locate(row: { line: number | null; byteOffset: number | null; field: string | null }): string {
  const at = row.line !== null ? `line ${row.line}` : row.byteOffset !== null ? `byte offset ${row.byteOffset}` : 'row';
  return row.field ? `${at}, field ${row.field}` : at;
}
