import type { DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../shared/api/errors';
import type { EthereumScript, EthereumTable } from './ethereum-sql';
import { copyRows, fileList, isParquet, withDuckDb } from './run-duckdb';

/** How a column is read: text as is, integers as BIGINT, amounts as digit strings (wei overflow 64 bits), times as Unix seconds. */
type Role = 'text' | 'int' | 'amount' | 'time';

/** The ethereum-etl / crypto_ethereum columns each view presents (what `assay import` reads, and a little more). */
const COLUMNS: Record<EthereumTable, Record<string, Role>> = {
  transactions: {
    hash: 'text', nonce: 'int', transaction_index: 'int', from_address: 'text', to_address: 'text', value: 'amount', gas: 'int', gas_price: 'amount',
    input: 'text', block_timestamp: 'time', block_number: 'int', block_hash: 'text', max_fee_per_gas: 'amount', max_priority_fee_per_gas: 'amount',
    transaction_type: 'int', receipt_cumulative_gas_used: 'int', receipt_gas_used: 'int', receipt_contract_address: 'text', receipt_root: 'text',
    receipt_status: 'int', receipt_effective_gas_price: 'amount',
  },
  token_transfers: {
    token_address: 'text', from_address: 'text', to_address: 'text', value: 'amount', transaction_hash: 'text', log_index: 'int',
    block_number: 'int', block_timestamp: 'time', block_hash: 'text',
  },
};

/** Columns that tell the two exports apart. */
const SIGNATURE: Record<EthereumTable, string[]> = { transactions: ['hash', 'nonce', 'from_address'], token_transfers: ['token_address', 'log_index', 'transaction_hash'] };

const quoted = (column: string): string => `"${column}"`;

/** One column of a view, from the export's own type (JSON lines are read as text, so nothing is rounded on the way). */
function columnExpression(column: string, role: Role, type: string | undefined): string {
  const c = quoted(column);
  if (type === undefined) return `CAST(NULL AS ${role === 'int' || role === 'time' ? 'BIGINT' : 'VARCHAR'}) AS ${c}`;
  if (role === 'int') return `TRY_CAST(${c} AS BIGINT) AS ${c}`;
  if (role === 'amount') return `CAST(${type.startsWith('DECIMAL') ? `CAST(${c} AS HUGEINT)` : c} AS VARCHAR) AS ${c}`;
  if (role === 'text') return `CAST(${c} AS VARCHAR) AS ${c}`;
  if (type.startsWith('TIMESTAMP')) return `CAST(epoch(${c}) AS BIGINT) AS ${c}`;
  if (type !== 'VARCHAR') return `CAST(${c} AS BIGINT) AS ${c}`;
  // BigQuery's JSON export writes "2023-05-02 12:19:59 UTC"; ethereum-etl writes seconds.
  return `CASE WHEN regexp_full_match(${c}, '[0-9]+') THEN CAST(${c} AS BIGINT) ELSE CAST(epoch(CAST(replace(${c}, ' UTC', '') AS TIMESTAMP)) AS BIGINT) END AS ${c}`;
}

async function columnTypes(db: DuckDBConnection, relation: string): Promise<Map<string, string>> {
  const rows = (await db.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${relation})`)).getRows();
  return new Map(rows.map(([name, type]) => [String(name), String(type)]));
}

/** Which export a file is, from its columns; a file that is neither is refused by name. */
async function tableOf(db: DuckDBConnection, file: string): Promise<EthereumTable> {
  const relation = isParquet(file) ? `read_parquet(${fileList([file])})` : `read_json_auto(${fileList([file])}, format = 'newline_delimited')`;
  const columns = await columnTypes(db, relation);
  const table = (Object.keys(SIGNATURE) as EthereumTable[]).find((t) => SIGNATURE[t].every((c) => columns.has(c)));
  if (!table) {
    throw new AppError('VALIDATION', `--input: ${file}: neither crypto_ethereum transactions (${SIGNATURE.transactions.join(', ')}) nor token_transfers (${SIGNATURE.token_transfers.join(', ')}).`, { field: 'input', file });
  }
  return table;
}

/** The view of one table over its files (none: an empty view), columns as COLUMNS names them. */
async function createView(db: DuckDBConnection, table: EthereumTable, files: string[]): Promise<void> {
  const roles = Object.entries(COLUMNS[table]);
  if (files.length === 0) {
    await db.run(`CREATE VIEW ${table} AS SELECT ${roles.map(([c, role]) => columnExpression(c, role, undefined)).join(', ')} WHERE false`);
    return;
  }
  const parquet = files.every(isParquet);
  if (!parquet && files.some(isParquet)) throw new AppError('VALIDATION', `--input: mix of Parquet and JSON lines for ${table}; give one kind.`, { field: 'input' });
  // JSON lines are read with every known column as text: DuckDB would otherwise read wei amounts as rounded doubles.
  const raw = parquet
    ? `read_parquet(${fileList(files)}, union_by_name = true)`
    : `read_json(${fileList(files)}, format = 'newline_delimited', columns = {${roles.map(([c]) => `${quoted(c)}: 'VARCHAR'`).join(', ')}})`;
  const types = await columnTypes(db, raw);
  await db.run(`CREATE VIEW ${table} AS SELECT ${roles.map(([c, role]) => columnExpression(c, role, types.get(c))).join(', ')} FROM ${raw}`);
}

/**
 * Runs the duckdb dialect of `ethereumScript` over local ethereum-etl / crypto_ethereum exports (each file told apart by
 * its columns) and writes each table's rows as JSON lines to its own file (none when it has no rows).
 */
export function runEthereumExtract(script: EthereumScript, inputs: readonly string[], outs: Record<EthereumTable, string>): Promise<Record<EthereumTable, number>> {
  return withDuckDb(inputs, Object.values(outs), async (db) => {
    const byTable: Record<EthereumTable, string[]> = { transactions: [], token_transfers: [] };
    for (const file of inputs) byTable[await tableOf(db, file)].push(file);
    for (const table of Object.keys(byTable) as EthereumTable[]) await createView(db, table, byTable[table]);
    await db.run(script.reach);
    const rows = { transactions: 0, token_transfers: 0 };
    for (const { table, sql } of script.selects) rows[table] = await copyRows(db, sql, outs[table]);
    return rows;
  });
}
