import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ImportResult } from '../../../shared/domain/source';
import { CaseFile } from '../case/case-file';
import { tableCounts } from '../reliability/fuzz/table-counts';
import { tempDir } from '../test-support/fixtures';
import { importFile, type ImportOptions } from './run-import';

/** A fresh case in a temporary folder for import tests, with helpers to import files and write inputs. */
export function testCase() {
  const tmp = tempDir('assay-import-');
  const caseFile = CaseFile.create(path.join(tmp.dir, 'case.assay'), { title: 'import test' });
  const db: Database.Database = caseFile.db;
  return {
    db,
    dir: tmp.dir,
    /** Writes an input file into the temporary folder and returns its path. */
    write(name: string, content: string | Buffer): string {
      const file = path.join(tmp.dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    import(file: string, options: Partial<Omit<ImportOptions, 'filePath'>> = {}): Promise<ImportResult> {
      return importFile(db, { filePath: file, displayName: path.basename(file), onBadRows: 'skip', ...options });
    },
    counts: (): Record<string, number> => tableCounts(db),
    close(): void {
      caseFile.close();
      tmp.cleanup();
    },
  };
}

export type TestCase = ReturnType<typeof testCase>;
