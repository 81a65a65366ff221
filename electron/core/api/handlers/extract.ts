import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { neighbourhoodSql } from '../../extract/neighbourhood-sql';
import { extractToFiles } from '../../extract/extract-files';
import type { ImportResult } from '../../../../shared/domain/source';
import { importFile } from '../../import/run-import';
import type { HandlerMap } from '../handler-types';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const extractHandlers: HandlerMap<'extract.sql' | 'extract.run'> = {
  'extract.sql': (spec) => {
    const sql = neighbourhoodSql(spec);
    return { sql, sha256: sha256(sql) };
  },
  // As `assay extract --out` then `assay import`: the rows land in a scratch folder with the query beside them, so
  // the import records the query and its SHA-256 as the source's provenance.
  'extract.run': async ({ files, ...spec }, backend) => {
    const inputs = files.map((id) => backend.files.resolve(id).path);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-extract-'));
    try {
      const query = neighbourhoodSql({ ...spec, dialect: 'duckdb' });
      const extracted = await extractToFiles(spec, inputs, path.join(scratch, `extract-${sha256(query).slice(0, 16)}.jsonl`));
      const imported = await backend.session.exclusive(async (caseFile) => {
        const results: ImportResult[] = [];
        for (const f of extracted.files) results.push(await importFile(caseFile.db, { filePath: f.path, displayName: path.basename(f.path), onBadRows: 'refuse' }));
        return results;
      });
      if (imported.length > 0) backend.emit('case.changed', { reason: 'imported' });
      return { sql: extracted.sql, sha256: extracted.sha256, files: extracted.files.map(({ table, rows }) => ({ table, rows })), imported };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
};
