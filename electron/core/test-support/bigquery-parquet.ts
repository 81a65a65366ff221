import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { literal } from '../extract/run-duckdb';

const numeric = (column: string): string => `CAST(${column} AS DECIMAL(38,9))`;

/**
 * Rewrites a JSON-lines export of crypto_bitcoin.transactions as BigQuery's Parquet export types it: NUMERIC amounts
 * (the transaction's and every input's and output's) as DECIMAL(38,9), block_timestamp as a TIMESTAMP.
 */
export async function bitcoinParquet(jsonl: string, parquet: string): Promise<void> {
  await copyAsParquet(jsonl, parquet, `SELECT * REPLACE (${numeric('input_value')} AS input_value, ${numeric('output_value')} AS output_value,
    ${numeric('fee')} AS fee, to_timestamp(block_timestamp) AS block_timestamp,
    list_transform(inputs, x -> struct_update(x, value := ${numeric('x.value')})) AS inputs,
    list_transform(outputs, x -> struct_update(x, value := ${numeric('x.value')})) AS outputs)`);
}

/**
 * Rewrites an ethereum-etl JSON-lines export (transactions or token transfers) as crypto_ethereum's Parquet types it:
 * block_timestamp a TIMESTAMP, a transaction's wei `value` NUMERIC (DECIMAL(38,0): wei are whole), a token
 * transfer's `value` text. Amounts are read as text first: a JSON number beyond 2^53 would round through a double.
 */
export async function ethereumParquet(jsonl: string, parquet: string, table: 'transactions' | 'token_transfers'): Promise<void> {
  const value = table === 'transactions' ? 'CAST(value AS DECIMAL(38,0))' : 'value';
  await copyAsParquet(jsonl, parquet, `SELECT * REPLACE (${value} AS value, to_timestamp(CAST(block_timestamp AS BIGINT)) AS block_timestamp)`, ['value']);
}

async function copyAsParquet(jsonl: string, parquet: string, select: string, asText: readonly string[] = []): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const auto = `read_json_auto(${literal(path.resolve(jsonl))}, format = 'newline_delimited')`;
    // DuckDB takes column types for all columns or none: the detected ones, with `asText` overridden.
    const detected = (await db.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${auto})`)).getRows();
    const columns = detected.map(([name, type]) => `'${String(name)}': '${asText.includes(String(name)) ? 'VARCHAR' : String(type)}'`).join(', ');
    await db.run(`COPY (${select} FROM read_json(${literal(path.resolve(jsonl))}, format = 'newline_delimited', columns = {${columns}})) TO ${literal(path.resolve(parquet))} (FORMAT parquet)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
