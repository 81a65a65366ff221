import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { neighbourhoodSql } from '../../extract/neighbourhood-sql';
import { extractWithQuery } from '../../extract/run-duckdb';
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
    const sql = neighbourhoodSql({ ...spec, dialect: 'duckdb' });
    const hash = sha256(sql);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-extract-'));
    try {
      const name = `extract-${hash.slice(0, 16)}.jsonl`;
      const out = path.join(scratch, name);
      const { rows } = await extractWithQuery(sql, inputs, out);
      const imported = await backend.session.exclusive((caseFile) => importFile(caseFile.db, { filePath: out, displayName: name, onBadRows: 'refuse' }));
      backend.emit('case.changed', { reason: 'imported' });
      return { rows, sql, sha256: hash, imported };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
};
