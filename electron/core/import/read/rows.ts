import { rejectAt, rejectError } from '../formats/fields';
import type { ImportInput } from '../format';
import { isObject, parseJsonExact, type JsonObject } from '../json-exact';
import type { ImportRecord } from '../records';
import { readCsvRows } from './csv-rows';
import { readLines } from './lines';

/** A row of a tabular file (CSV or JSON lines) as named values, or why it could not be read. */
export type Row = { line: number; values: JsonObject; problem?: undefined } | { line: number; values?: undefined; problem: string };

/**
 * Streams JSON lines as objects. `exact` keeps every number as its source text (wei exceeds 2^53); without it the
 * faster JSON.parse is used, for formats whose amounts fit a double exactly (satoshi).
 */
export async function* readJsonlRows(input: ImportInput, exact: boolean): AsyncIterable<Row> {
  for await (const { text, line } of readLines(input)) {
    let value: unknown;
    try {
      value = exact ? parseJsonExact(text) : JSON.parse(text);
    } catch (error) {
      yield { line, problem: `not valid JSON: ${(error as Error).message.slice(0, 120)}` };
      continue;
    }
    yield isObject(value) ? { line, values: value } : { line, problem: 'expected a JSON object per line' };
  }
}

export async function* readTableRows(input: ImportInput, encoding: 'csv' | 'jsonl', exact = true): AsyncIterable<Row> {
  if (encoding === 'jsonl') yield* readJsonlRows(input, exact);
  else yield* readCsvRows(input);
}

/** The keys of the first JSON line of a sample; empty when it is not a JSON object. */
export function jsonlKeys(head: Buffer): string[] {
  const first = head.toString('utf8').split('\n', 1)[0] ?? '';
  if (!/^\s*\{/.test(first)) return [];
  return [...first.matchAll(/"([A-Za-z_][\w ()@$.-]*)"\s*:/g)].map((m) => (m[1] as string).toLowerCase());
}

/** Turns rows into records: a row that could not be read, or whose mapping throws, becomes a reject at its line. */
export async function* rowRecords(rows: AsyncIterable<Row>, toRecord: (values: JsonObject) => ImportRecord): AsyncIterable<ImportRecord> {
  for await (const row of rows) {
    if (row.problem !== undefined) {
      yield rejectAt({ line: row.line }, null, row.problem);
      continue;
    }
    try {
      yield toRecord(row.values);
    } catch (error) {
      yield rejectError({ line: row.line }, error);
    }
  }
}
