import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import { neutraliseCell } from './neutralise';
import type { CsvTable } from './tables';

/**
 * Streams one table to an RFC 4180 file (UTF-8 with BOM so spreadsheets detect the encoding, CRLF line ends, header
 * row). Rows come from a cursor through a backpressured pipeline, so memory stays flat however large the table is.
 */
export async function writeCsv(db: Database.Database, table: CsvTable, filePath: string): Promise<number> {
  const kinds = table.columns.map((c) => c.kind);
  let rows = 0;
  function* records(): Generator<string[]> {
    for (const row of db.prepare(table.sql).raw(true).iterate() as IterableIterator<unknown[]>) {
      rows += 1;
      yield kinds.map((kind, i) => neutraliseCell(row[i], kind));
    }
  }
  await pipeline(
    Readable.from(records()),
    stringify({ bom: true, header: true, columns: table.columns.map((c) => c.name), record_delimiter: '\r\n', quoted_match: /\r/ }),
    fs.createWriteStream(filePath, { flags: 'wx' }),
  );
  return rows;
}

/** csv/README.txt: the encoding, the neutralisation rule and every file's columns in order. */
export function csvReadme(tables: CsvTable[]): string {
  const lines = [
    'CSV tables of this evidence package',
    '',
    'Format: RFC 4180 (comma separated, fields with commas, quotes or line breaks are quoted, quotes doubled),',
    'CRLF line ends, UTF-8 with a byte order mark (so spreadsheet programs read non-ASCII labels correctly),',
    'one header row. Column order is fixed and listed below. Empty cell = no value (NULL).',
    '',
    'Amounts are integers in the chain\'s base unit (satoshi for BTC/LTC/BCH, wei for ETH/ETC), never floats.',
    'Times are Unix seconds (block times) or ISO 8601 UTC (analyst actions).',
    '',
    'Formula neutralisation (OWASP CSV injection): in text columns, a cell starting with = + - @ TAB or CR (or the',
    'full-width = + - @) is prefixed with an apostrophe (\') so a spreadsheet shows it as text instead of running it.',
    'Numeric columns are left untouched when they hold a plain decimal number (so negative amounts stay numbers);',
    'anything else in a numeric column is neutralised the same way. Remove one leading apostrophe to get the stored',
    'value back.',
    '',
  ];
  for (const table of tables) {
    lines.push(`${table.name}.csv: ${table.about}`);
    for (const column of table.columns) lines.push(`  ${column.name} (${column.kind}): ${column.about}`);
    lines.push('');
  }
  return lines.join('\r\n');
}
