import type Database from 'better-sqlite3';
import type { TableColumn, TableId } from '../../../../shared/api/methods/workspace';
import { namedPoolsSql } from '../../attribution/coinbase-attribution';
import { caseCurrency, fiatValueSql } from '../../fiat/prices';

/** One whitelisted column: its key (what the API names), label and the fixed SQL expression that yields it. */
export interface ColumnDef extends TableColumn {
  sql: string;
}

export interface TableDef {
  /** FROM clause with its alias; constant text, never built from input. */
  from: string;
  columns: ColumnDef[];
  /** Tie-breaker appended to every ORDER BY so pages are stable. */
  key: string;
  defaultSort: { column: string; direction: 'asc' | 'desc' };
  /** The SQL expressions of a row's chain-time span, for the time window; none for tables of case work. */
  span?: { first: string; last: string };
}

const col = (key: string, label: string, kind: TableColumn['kind'], sql: string): ColumnDef => ({ key, label, kind, sql });
/** The strongest tag of an address (by confidence score), for the addresses table. */
const topTag = (field: string) =>
  `(SELECT g.${field} FROM tags g WHERE g.chain = a.chain AND g.subject = a.address AND g.subject_type = 'address' ORDER BY g.confidence_score DESC, g.id LIMIT 1)`;

export const TABLES: Record<TableId, TableDef> = {
  transactions: {
    from: 'transactions t',
    key: 't.id',
    defaultSort: { column: 'block_time', direction: 'asc' },
    span: { first: 't.block_time', last: 't.block_time' },
    columns: [
      col('chain', 'Chain', 'text', 't.chain'),
      col('txid', 'Txid', 'text', 't.txid'),
      col('block_height', 'Height', 'number', 't.block_height'),
      col('block_time', 'Time', 'time', 't.block_time'),
      col('input_count', 'Inputs', 'number', 't.input_count'),
      col('output_count', 'Outputs', 'number', 't.output_count'),
      col('output_value', 'Output value', 'number', 't.output_value'),
      col('fee', 'Fee', 'number', 't.fee'),
      col('is_coinbase', 'Coinbase', 'number', 't.is_coinbase'),
      // Every pool the lists name for a coinbase: "F2Pool / AntPool" shows lists disagreeing.
      col('pools', 'Pool', 'text', `CASE WHEN t.is_coinbase = 1 THEN ${namedPoolsSql('t.id')} END`),
    ],
  },
  addresses: {
    from: 'addresses a',
    key: 'a.id',
    defaultSort: { column: 'first_seen', direction: 'asc' },
    span: { first: 'a.first_seen', last: 'a.last_seen' },
    columns: [
      col('chain', 'Chain', 'text', 'a.chain'),
      col('address', 'Address', 'text', 'a.address'),
      col('label', 'Label', 'text', topTag('label')),
      col('category', 'Category', 'text', topTag('category')),
      col('script_type', 'Script', 'text', 'a.script_type'),
      col('first_seen', 'First seen', 'time', 'a.first_seen'),
      col('last_seen', 'Last seen', 'time', 'a.last_seen'),
    ],
  },
  findings: {
    from: 'findings f',
    key: 'f.id',
    defaultSort: { column: 'id', direction: 'asc' },
    span: { first: 'f.first_time', last: 'coalesce(f.last_time, f.first_time)' },
    columns: [
      col('id', 'Id', 'number', 'f.id'),
      col('severity', 'Severity', 'text', 'f.severity'),
      col('detector', 'Detector', 'text', 'f.detector'),
      col('status', 'Status', 'text', 'f.status'),
      col('title', 'Title', 'text', 'f.title'),
      col('first_time', 'First', 'time', 'f.first_time'),
      col('status_reason', 'Reason', 'text', 'f.status_reason'),
    ],
  },
  sources: {
    from: 'sources s',
    key: 's.id',
    defaultSort: { column: 'id', direction: 'asc' },
    columns: [
      col('id', 'Id', 'number', 's.id'),
      col('original_name', 'File', 'text', 's.original_name'),
      col('format', 'Format', 'text', 's.format'),
      col('kind', 'Kind', 'text', 's.kind'),
      col('size', 'Bytes', 'number', 's.size'),
      col('rejected_count', 'Rejected', 'number', 's.rejected_count'),
      col('imported_at', 'Imported', 'iso', 's.imported_at'),
      col('sha256', 'SHA-256', 'text', 's.sha256'),
    ],
  },
  audit: {
    from: 'audit_log l',
    key: 'l.seq',
    defaultSort: { column: 'seq', direction: 'asc' },
    columns: [
      col('seq', 'Seq', 'number', 'l.seq'),
      col('at', 'At', 'iso', 'l.at'),
      col('actor', 'Actor', 'text', 'l.actor'),
      col('action', 'Action', 'text', 'l.action'),
      col('details', 'Details', 'text', 'l.details'),
      col('hash', 'Hash', 'text', 'l.hash'),
    ],
  },
};

/**
 * A table as this case shows it: with a price series imported, transactions also carry their output value at the
 * transaction's time, in a column that names the currency (empty where no price covers the day).
 */
export function tableDef(db: Database.Database, table: TableId): TableDef {
  const def = TABLES[table];
  const currency = table === 'transactions' ? caseCurrency(db) : null;
  if (currency === null) return def;
  const value = col(`output_value_${currency.toLowerCase()}`, `Output value (${currency})`, 'number', fiatValueSql('t.output_value', 't.chain', 't.block_time', currency));
  const at = def.columns.findIndex((c) => c.key === 'output_value') + 1;
  return { ...def, columns: [...def.columns.slice(0, at), value, ...def.columns.slice(at)] };
}
