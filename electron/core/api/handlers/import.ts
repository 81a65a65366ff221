import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { ImportResult, SourceRecord } from '../../../../shared/domain/source';
import { importFormats } from '../../import/formats';
import { emptyCounts } from '../../import/ledger-writer';
import { pastedAddressTags } from '../../import/formats/attribution-lists';
import { previewFile } from '../../import/preview';
import { importFile, importRecords } from '../../import/run-import';
import type { HandlerMap } from '../handler-types';

const running = new Map<string, AbortController>();

export const importHandlers: HandlerMap<'files.choose' | 'files.fromPaths' | 'import.run' | 'import.cancel' | 'import.formats' | 'sources.list' | 'import.preview' | 'import.rejected' | 'tags.paste'> = {
  'files.choose': async (_params, backend) => {
    const paths = (await backend.platform.chooseImportFiles?.()) ?? [];
    return paths.map((p) => backend.files.register(p));
  },
  'files.fromPaths': (params, backend) => {
    if (backend.runtime !== 'electron') throw new AppError('FORBIDDEN', 'Paths are accepted from the desktop app only.');
    return params.paths.map((p) => backend.files.register(p));
  },
  'import.run': async ({ jobId, files, format, onBadRows, chain, mapping, confidence }, backend) => {
    if (running.has(jobId)) throw new AppError('VALIDATION', 'An import with this job id is running.', { field: 'jobId' });
    const resolved = files.map((id) => backend.files.resolve(id));
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      return await backend.session.exclusive(async (caseFile) => {
        const results: ImportResult[] = [];
        for (const [fileIndex, file] of resolved.entries()) {
          results.push(
            await importFile(caseFile.db, {
              filePath: file.path,
              displayName: file.name,
              format,
              onBadRows,
              chain,
              mapping,
              confidence,
              signal: controller.signal,
              onProgress: (p) => backend.emit('import.progress', { ...p, jobId, fileIndex, fileCount: resolved.length }),
            }),
          );
          backend.emit('case.changed', { reason: 'imported' });
        }
        return results;
      });
    } finally {
      running.delete(jobId);
    }
  },
  'import.cancel': ({ jobId }) => {
    const controller = running.get(jobId);
    controller?.abort();
    return { cancelled: controller !== undefined };
  },
  'import.preview': ({ file, format }, backend) => {
    const resolved = backend.files.resolve(file);
    return previewFile(resolved.path, resolved.name, format);
  },
  'import.rejected': ({ sourceId, offset, limit }, backend) => {
    const db = backend.session.caseFile.db;
    const source = db.prepare('SELECT original_name FROM sources WHERE id = ?').pluck().get(sourceId) as string | undefined;
    if (source === undefined) throw new AppError('NOT_FOUND', `No source ${sourceId} in this case.`);
    const total = db.prepare('SELECT count(*) FROM rejected_rows WHERE source_id = ?').pluck().get(sourceId) as number;
    const rows = db
      .prepare(`SELECT line, byte_offset AS byteOffset, field, reason FROM rejected_rows WHERE source_id = ?
        ORDER BY rowid LIMIT ? OFFSET ?`)
      .all(sourceId, limit, offset) as { line: number | null; byteOffset: number | null; field: string | null; reason: string }[];
    return { total, rows: rows.map((r) => ({ file: source, ...r })) };
  },
  'tags.paste': ({ chain, text, label, category, onBadRows }, backend) =>
    backend.session.exclusive(async (caseFile) => {
      const result = await importRecords(
        caseFile.db,
        {
          kind: 'paste',
          name: `pasted list: ${label.slice(0, 80)}`,
          sha256: createHash('sha256').update(text).digest('hex'),
          size: Buffer.byteLength(text),
          format: 'pasted-addresses',
          version: '1',
        },
        pastedAddressTags(chain, text, label, category ?? null),
        { onBadRows },
      );
      backend.emit('case.changed', { reason: 'imported' });
      return result;
    }),
  'import.formats': () => importFormats.map((f) => ({ id: f.id, label: f.label, kind: f.kind })),
  'sources.list': (_params, backend) => {
    const rows = backend.session.caseFile.db
      .prepare(`SELECT id, original_name AS originalName, sha256, size, format, importer_version AS importerVersion,
        imported_at AS importedAt, counts, rejected_count AS rejectedCount FROM sources ORDER BY id`)
      .all() as (Omit<SourceRecord, 'counts'> & { counts: string })[];
    return rows.map((row) => ({ ...row, counts: { ...emptyCounts(), ...JSON.parse(row.counts) } }));
  },
};
