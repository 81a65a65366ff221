import { AppError } from '../../../../shared/api/errors';
import type { ImportResult, SourceRecord } from '../../../../shared/domain/source';
import { importFormats } from '../../import/formats';
import { emptyCounts } from '../../import/ledger-writer';
import { importFile } from '../../import/run-import';
import type { HandlerMap } from '../handler-types';

const running = new Map<string, AbortController>();

export const importHandlers: HandlerMap<'files.choose' | 'files.fromPaths' | 'import.run' | 'import.cancel' | 'import.formats' | 'sources.list'> = {
  'files.choose': async (_params, backend) => {
    const paths = (await backend.platform.chooseImportFiles?.()) ?? [];
    return paths.map((p) => backend.files.register(p));
  },
  'files.fromPaths': (params, backend) => {
    if (backend.runtime !== 'electron') throw new AppError('FORBIDDEN', 'Paths are accepted from the desktop app only.');
    return params.paths.map((p) => backend.files.register(p));
  },
  'import.run': async ({ jobId, files, format, onBadRows }, backend) => {
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
  'import.formats': () => importFormats.map((f) => ({ id: f.id, label: f.label, kind: f.kind })),
  'sources.list': (_params, backend) => {
    const rows = backend.session.caseFile.db
      .prepare(`SELECT id, original_name AS originalName, sha256, size, format, importer_version AS importerVersion,
        imported_at AS importedAt, counts, rejected_count AS rejectedCount FROM sources ORDER BY id`)
      .all() as (Omit<SourceRecord, 'counts'> & { counts: string })[];
    return rows.map((row) => ({ ...row, counts: { ...emptyCounts(), ...JSON.parse(row.counts) } }));
  },
};
