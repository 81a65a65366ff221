import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { TableQuery } from '../../../../shared/api/methods/workspace';
import { neutraliseCell } from '../../report/csv/neutralise';
import { csvField as field } from '../../../../shared/csv-cell';
import { selectRows } from './query-table';

type Selection = Omit<z.output<typeof TableQuery>, 'offset' | 'limit'>;

/** The UI holds the CSV in memory to save it, so an export stops here and says so (the evidence package has it all). */
export const EXPORT_ROW_CAP = 100_000;

/**
 * The selection as RFC 4180 text, like the evidence package's CSV files: UTF-8 BOM, CRLF, header row, and text cells
 * that a spreadsheet would run as formulas prefixed with an apostrophe.
 */
export function exportTableCsv(db: Database.Database, selection: Selection, now: Date = new Date()) {
  const { def, rows } = selectRows(db, selection, 0, EXPORT_ROW_CAP + 1);
  const truncated = rows.length > EXPORT_ROW_CAP;
  const kept = truncated ? rows.slice(0, EXPORT_ROW_CAP) : rows;
  const kinds = def.columns.map((c) => (c.kind === 'number' || c.kind === 'time' ? 'number' : 'text'));
  const lines = [
    `\uFEFF${def.columns.map((c) => field(c.key)).join(',')}`,
    ...kept.map((row) => kinds.map((kind, i) => field(neutraliseCell(row[i], kind))).join(',')),
  ];
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return { fileName: `${selection.table}-${stamp}.csv`, csv: `${lines.join('\r\n')}\r\n`, rows: kept.length, truncated };
}
