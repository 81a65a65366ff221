import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AppError } from '../../../shared/api/errors';

/** A file path as a DuckDB string literal (quotes doubled): DuckDB's table functions take no bound parameters in views. */
export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The files as a DuckDB list literal. */
export const fileList = (files: readonly string[]): string => `[${files.map((f) => literal(path.resolve(f))).join(', ')}]`;

/** Parquet files open with the magic "PAR1" (uploaded copies have no extension to go by). */
export function isParquet(file: string): boolean {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === 'PAR1';
  } finally {
    fs.closeSync(fd);
  }
}

/** The input files as one relation: JSON lines or Parquet exports of crypto_bitcoin.transactions. */
function readerOf(inputs: readonly string[]): string {
  const parquet = inputs.every(isParquet);
  if (!parquet && inputs.some(isParquet)) throw new AppError('VALIDATION', '--input: mix of Parquet and JSON lines; give one kind.', { field: 'input' });
  return parquet ? `read_parquet(${fileList(inputs)})` : `read_json_auto(${fileList(inputs)}, format = 'newline_delimited')`;
}

/** An in-memory DuckDB for one run, after checking the inputs exist and no output would be overwritten. */
export async function withDuckDb<T>(inputs: readonly string[], outs: readonly string[], work: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  for (const f of inputs) if (!fs.existsSync(f)) throw new AppError('NOT_FOUND', `--input: ${f} does not exist.`, { field: 'input', file: f });
  for (const out of outs) if (fs.existsSync(out)) throw new AppError('VALIDATION', `--out: ${path.basename(out)} already exists.`, { field: 'out' });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    return await work(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Runs one query into a temporary table and writes its rows as JSON lines; no file when it has none. */
export async function copyRows(db: DuckDBConnection, select: string, out: string): Promise<number> {
  await db.run(`CREATE OR REPLACE TEMP TABLE extracted AS ${select.trim().replace(/;$/, '')}`);
  const rows = Number((await db.runAndReadAll('SELECT count(*) FROM extracted')).getRows()[0]?.[0] ?? 0);
  if (rows > 0) await db.run(`COPY extracted TO ${literal(path.resolve(out))} (FORMAT JSON)`);
  return rows;
}

/**
 * Runs the duckdb dialect of `neighbourhoodSql` over local exports and writes the rows as JSON lines: the view
 * `transactions` presents block times as Unix seconds whether the export holds integers or TIMESTAMPs.
 */
export function runDuckDbExtract(sql: string, inputs: readonly string[], out: string): Promise<{ rows: number }> {
  return withDuckDb(inputs, [out], async (db) => {
    await db.run(`CREATE VIEW raw AS SELECT * FROM ${readerOf(inputs)}`);
    const type = (await db.runAndReadAll(`SELECT column_type FROM (DESCRIBE raw) WHERE column_name = 'block_timestamp'`)).getRows()[0]?.[0];
    const seconds = typeof type === 'string' && type.startsWith('TIMESTAMP') ? 'SELECT * REPLACE (CAST(epoch(block_timestamp) AS BIGINT) AS block_timestamp) FROM raw' : 'SELECT * FROM raw';
    await db.run(`CREATE VIEW transactions AS ${seconds}`);
    return { rows: await copyRows(db, sql, out) };
  });
}
