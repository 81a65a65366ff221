import fs from 'node:fs';
import { parse } from 'csv-parse';
import { AppError } from '../../../../shared/api/errors';
import type { ImportInput } from '../format';
import { looksBinary } from './binary';
import { MAX_LINE_BYTES } from './lines';

/** One CSV data row keyed by its header, or the reason it has the wrong shape. */
export type CsvRow =
  | { line: number; values: Record<string, string>; problem?: undefined }
  | { line: number; values?: undefined; problem: string };

/** The header row of a CSV sample, lower-cased and trimmed; empty when the sample is not comma-separated text. */
export function csvHeader(head: Buffer): string[] {
  if (looksBinary(head)) return [];
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (!first.includes(',')) return [];
  return first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Streams a CSV file with a header row; rows whose column count differs from the header are reported, not thrown. */
export async function* readCsvRows(input: ImportInput): AsyncIterable<CsvRow> {
  const stream = fs.createReadStream(input.path, { highWaterMark: 1 << 20, signal: input.signal });
  let bytes = 0;
  stream.on('data', (chunk) => input.onBytes((bytes += chunk.length)));
  const parser = stream.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_LINE_BYTES }),
  );
  let header: string[] | null = null;
  try {
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = entry;
      if (!header) {
        header = record.map((c) => c.trim().toLowerCase());
        continue;
      }
      if (record.length !== header.length) {
        yield { line: info.lines, problem: `expected ${header.length} columns, found ${record.length}` };
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = record[i] ?? ''));
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as Error & { lines?: number };
    throw new AppError('IMPORT_REJECTED', `${input.name}: line ${e.lines ?? '?'}: not readable as CSV (${e.message.slice(0, 200)}).`, {
      file: input.name,
      line: e.lines ?? null,
    });
  } finally {
    // pipe() does not close the file when the parser fails or the reader stops early.
    parser.destroy();
    stream.destroy();
  }
}
