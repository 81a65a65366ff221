import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import type { ImportResult, RejectedRow } from '../../../../shared/domain/source';
import type { FormatOptions } from '../../import/format';
import { detectFormat } from '../../import/formats';
import { importFile } from '../../import/run-import';
import type { FuzzInput } from './mutations';
import { tableCounts } from './table-counts';

export const PER_INPUT_MS = 5_000;
/** Refusals an importer may give; anything else (a TypeError, INTERNAL) is a crash. */
const REFUSALS = new Set(['IMPORT_REJECTED', 'UNSUPPORTED', 'VALIDATION']);

const located = (row: RejectedRow): boolean => (row.line !== null || row.byteOffset !== null || row.field !== null) && row.reason.trim() !== '';

function detectedAs(input: FuzzInput): string {
  try {
    return detectFormat({ name: input.name, head: input.bytes.subarray(0, 64 * 1024), size: input.bytes.length }).id;
  } catch {
    return 'nothing';
  }
}

/**
 * Imports one generated file into a real case and checks the contract: only a result or an AppError refusal, in
 * bounded time; a refusal leaves every table as it was; a success stores its source, counts and rejected rows;
 * every rejected row says where (line, byte offset or field) and why.
 */
export function importChecker(db: Database.Database, inputPath: string) {
  const tally = { imported: 0, refused: 0 };
  const check = async (input: FuzzInput, format: string | undefined, onBadRows: 'skip' | 'refuse', told: FormatOptions): Promise<void> => {
    const via = `${format ? `forced ${format}` : `detected as ${detectedAs(input)}`}, chain ${told.chain ?? 'unset'}, mapping ${told.mapping?.kind ?? 'none'}`;
    const fail = (why: string): never => {
      throw new Error(`${why}\n  input: ${input.how} (${input.bytes.length} bytes, ${via}, ${onBadRows})`);
    };
    fs.writeFileSync(inputPath, input.bytes);
    const before = tableCounts(db);
    const started = performance.now();
    let result: ImportResult | null = null;
    try {
      result = await importFile(db, { filePath: inputPath, displayName: input.name, format, onBadRows, ...told });
    } catch (error) {
      if (!(error instanceof AppError)) fail(`crashed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      const refusal = error as AppError;
      if (!REFUSALS.has(refusal.code) || refusal.message.trim() === '') fail(`unexpected refusal ${refusal.code}: ${refusal.message}`);
      const rows = (refusal.details as { rejected?: RejectedRow[] } | undefined)?.rejected ?? [];
      const unlocated = rows.find((row) => !located(row));
      if (unlocated) fail(`rejection without a location: ${JSON.stringify(unlocated)}`);
      const after = tableCounts(db);
      if (JSON.stringify(after) !== JSON.stringify(before)) fail(`partial import after refusal: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      tally.refused += 1;
    }
    const elapsed = performance.now() - started;
    if (elapsed > PER_INPUT_MS) fail(`took ${Math.round(elapsed)} ms`);
    if (db.inTransaction) fail('left a transaction open');
    if (!result) return;

    tally.imported += 1;
    const after = tableCounts(db);
    const shrunk = Object.keys(before).filter((t) => (after[t] ?? 0) < (before[t] ?? 0));
    if (shrunk.length > 0) fail(`an import removed rows from ${shrunk.join(', ')}`);
    if (after.sources !== (before.sources ?? 0) + 1 || after.audit_log !== (before.audit_log ?? 0) + 1) fail('source or audit entry missing');
    const source = db.prepare('SELECT counts, rejected_count AS rejectedCount FROM sources WHERE id = ?').get(result.sourceId) as
      | { counts: string; rejectedCount: number }
      | undefined;
    if (!source) return fail(`source ${result.sourceId} is not in the case`);
    expect(JSON.parse(source.counts)).toMatchObject(JSON.parse(JSON.stringify(result.counts)));
    if (source.rejectedCount !== result.rejectedCount) fail('rejected count differs from the stored one');
    if ((after.rejected_rows ?? 0) - (before.rejected_rows ?? 0) !== result.rejectedCount) fail('rejected rows not all stored');
    if (onBadRows === 'refuse' && result.rejectedCount > 0) fail('bad rows accepted although refused');
    const unlocated = result.rejected.find((row) => !located(row));
    if (unlocated) fail(`rejection without a location: ${JSON.stringify(unlocated)}`);
  };
  return { check, tally };
}
