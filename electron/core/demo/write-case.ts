import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ImportCounts } from '../../../shared/domain/source';
import { appendAudit } from '../audit/audit-log';
import { RecordSink } from '../import/record-sink';
import { AnnotationWriter } from './annotation-writer';
import { DEMO_SEED, generateDemo, type DemoOptions } from './generator';
import type { DemoTruth } from './typology';

export const DEMO_SOURCE_NAME = 'demo-generator';
export const DEMO_GENERATOR_VERSION = '1';

export interface DemoWriteResult {
  sourceId: number;
  counts: ImportCounts;
  truth: DemoTruth;
}

/** Writes the generated demo into an open case as one transaction with one source row and one audit entry. */
export function writeDemoCase(db: Database.Database, options: DemoOptions = {}, now: Date = new Date()): DemoWriteResult {
  const seed = options.seed ?? DEMO_SEED;
  const scale = options.scale ?? 0;
  const { truth, records } = generateDemo({ seed, scale });
  // The "file" is the generator's parameters: the same seed, scale and version always give the same case.
  const recipe = JSON.stringify({ generator: DEMO_SOURCE_NAME, version: DEMO_GENERATOR_VERSION, seed, scale });
  const sha256 = createHash('sha256').update(recipe).digest('hex');
  return db.transaction(() => {
    const at = now.toISOString();
    const sourceId = Number(
      db
        .prepare(`INSERT INTO sources (kind, original_name, sha256, size, format, importer_version, imported_at, counts)
          VALUES ('import', ?, ?, ?, ?, ?, ?, '{}')`)
        .run(`${DEMO_SOURCE_NAME} (seed ${seed}, scale ${scale})`, sha256, recipe.length, DEMO_SOURCE_NAME, DEMO_GENERATOR_VERSION, at).lastInsertRowid,
    );
    // Ledger and attribution records go the way an import's do (including block attribution); annotations are demo-only.
    const sink = new RecordSink(db, sourceId, DEMO_SOURCE_NAME);
    const annotations = new AnnotationWriter(db, at);
    for (const record of records) {
      if (record.kind === 'annotation') annotations.write(record);
      else sink.write(record);
    }
    const counts = sink.finish(sha256).seen;
    db.prepare('UPDATE sources SET counts = ? WHERE id = ?').run(JSON.stringify(counts), sourceId);
    appendAudit(db, 'demo.generate', { sourceId, seed, scale, version: DEMO_GENERATOR_VERSION, counts }, { now: () => now, ledgerChanged: true });
    return { sourceId, counts, truth };
  })();
}
