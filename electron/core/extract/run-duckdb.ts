import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { AppError } from '../../../shared/api/errors';

/** A file path as a DuckDB string literal (quotes doubled): DuckDB's table functions take no bound parameters in views. */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** Parquet files open with the magic "PAR1" (uploaded copies have no extension to go by). */
function isParquet(file: string): boolean {
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
  const files = `[${inputs.map((f) => literal(path.resolve(f))).join(', ')}]`;
  const parquet = inputs.every(isParquet);
  if (!parquet && inputs.some(isParquet)) throw new AppError('VALIDATION', '--input: mix of Parquet and JSON lines; give one kind.', { field: 'input' });
  return parquet ? `read_parquet(${files})` : `read_json_auto(${files}, format = 'newline_delimited')`;
}

/**
 * Runs the duckdb dialect of `neighbourhoodSql` over local exports and writes the rows as JSON lines: the view
 * `transactions` presents block times as Unix seconds whether the export holds integers or TIMESTAMPs.
 */
export async function runDuckDbExtract(sql: string, inputs: readonly string[], out: string): Promise<{ rows: number }> {
  for (const f of inputs) if (!fs.existsSync(f)) throw new AppError('NOT_FOUND', `--input: ${f} does not exist.`, { field: 'input', file: f });
  if (fs.existsSync(out)) throw new AppError('VALIDATION', `--out: ${path.basename(out)} already exists.`, { field: 'out' });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`CREATE VIEW raw AS SELECT * FROM ${readerOf(inputs)}`);
    const type = (await db.runAndReadAll(`SELECT column_type FROM (DESCRIBE raw) WHERE column_name = 'block_timestamp'`)).getRows()[0]?.[0];
    const seconds = typeof type === 'string' && type.startsWith('TIMESTAMP') ? 'SELECT * REPLACE (CAST(epoch(block_timestamp) AS BIGINT) AS block_timestamp) FROM raw' : 'SELECT * FROM raw';
    await db.run(`CREATE VIEW transactions AS ${seconds}`);
    await db.run(`CREATE TEMP TABLE extracted AS ${sql.trim().replace(/;$/, '')}`);
    const rows = Number((await db.runAndReadAll('SELECT count(*) FROM extracted')).getRows()[0]?.[0] ?? 0);
    await db.run(`COPY extracted TO ${literal(path.resolve(out))} (FORMAT JSON)`);
    return { rows };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/**
 * Runs the query and writes the query beside the rows (OUT.sql): `assay import` records it and its SHA-256 as the
 * source's provenance. Answers the row count and that SHA-256.
 */
export async function extractWithQuery(sql: string, inputs: readonly string[], out: string): Promise<{ rows: number; sha256: string }> {
  const { rows } = await runDuckDbExtract(sql, inputs, out);
  fs.writeFileSync(`${out}.sql`, sql, { flag: 'wx' });
  return { rows, sha256: createHash('sha256').update(sql).digest('hex') };
}
