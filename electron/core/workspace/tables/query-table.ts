import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../../../shared/api/errors';
import type { TableCell, TablePage, TableQuery } from '../../../../shared/api/methods/workspace';
import { tableDef, type ColumnDef, type TableDef } from './table-defs';

type Query = z.output<typeof TableQuery>;
type Selection = Omit<Query, 'offset' | 'limit'>;

/** LIKE pattern for a user substring: its wildcards are escaped, and the whole pattern is a bound parameter. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function columnOf(def: TableDef, key: string, field: string): ColumnDef {
  const column = def.columns.find((c) => c.key === key);
  if (!column) throw new AppError('VALIDATION', `Unknown column "${key}"; expected one of ${def.columns.map((c) => c.key).join(', ')}.`, { field });
  return column;
}

/** WHERE and ORDER BY built only from whitelisted expressions; every user value travels as a parameter. */
export function compileSelection(selection: Selection, def: TableDef): { def: TableDef; where: string; order: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const text = selection.filter.text.trim();
  if (text !== '') {
    const textColumns = def.columns.filter((c) => c.kind === 'text');
    clauses.push(`(${textColumns.map((c) => `${c.sql} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < textColumns.length; i += 1) params.push(likePattern(text));
  }
  for (const [key, value] of Object.entries(selection.filter.columns)) {
    if (value.trim() === '') continue;
    const column = columnOf(def, key, `filter.columns.${key}`);
    clauses.push(`CAST(${column.sql} AS TEXT) LIKE ? ESCAPE '\\'`);
    params.push(likePattern(value.trim()));
  }
  // A row is in the window when its span overlaps it; rows without times (an address known only from tags) stay.
  if (selection.filter.timeWindow && def.span) {
    clauses.push(`(${def.span.first} IS NULL OR (${def.span.first} <= ? AND ${def.span.last} >= ?))`);
    params.push(selection.filter.timeWindow[1], selection.filter.timeWindow[0]);
  }
  const sort = selection.sort ?? def.defaultSort;
  const sortColumn = columnOf(def, sort.column, 'sort.column');
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return {
    def,
    where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    order: `ORDER BY ${sortColumn.sql} ${direction}, ${def.key} ${direction}`,
    params,
  };
}

/** The rows of a selection as arrays in column order; `limit` null means all of them. */
export function selectRows(db: Database.Database, selection: Selection, offset: number, limit: number | null): { def: TableDef; rows: TableCell[][] } {
  const { def, where, order, params } = compileSelection(selection, tableDef(db, selection.table));
  const sql = `SELECT ${def.columns.map((c) => c.sql).join(', ')} FROM ${def.from} ${where} ${order} LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).raw(true).all(...params, limit ?? -1, offset) as TableCell[][];
  return { def, rows };
}

export function countRows(db: Database.Database, selection: Selection): number {
  const { def, where, params } = compileSelection(selection, tableDef(db, selection.table));
  return db.prepare(`SELECT count(*) FROM ${def.from} ${where}`).pluck().get(...params) as number;
}

/** One page for the virtualized table, with the total the filter matches. */
export function queryTable(db: Database.Database, query: Query): TablePage {
  const { def, rows } = selectRows(db, query, query.offset, query.limit);
  return {
    table: query.table,
    columns: def.columns.map(({ key, label, kind }) => ({ key, label, kind })),
    rows,
    total: countRows(db, query),
    offset: query.offset,
  };
}
