import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ExtractSpec } from '../../../shared/domain/extract';
import { ethereumScript, type EthereumTable } from './ethereum-sql';
import { neighbourhoodSql } from './neighbourhood-sql';
import { runDuckDbExtract } from './run-duckdb';
import { runEthereumExtract } from './run-duckdb-ethereum';

export interface ExtractedFile {
  path: string;
  table: EthereumTable;
  rows: number;
}

/** Where the token transfers of an Ethereum extract go: beside OUT, named after it. */
export const tokenTransfersPath = (out: string): string => out.replace(/(\.jsonl?)?$/i, '.token_transfers.jsonl');

/**
 * Runs the DuckDB dialect of the extract over local exports into OUT (and, for Ethereum, its token transfers beside
 * it), each written file with the query beside it as FILE.sql: `assay import` records the query and its SHA-256 as the
 * source's provenance. Tables without rows write no file.
 */
export async function extractToFiles(spec: Omit<ExtractSpec, 'dialect'>, inputs: readonly string[], out: string): Promise<{ sql: string; sha256: string; files: ExtractedFile[] }> {
  const duckdb = { ...spec, dialect: 'duckdb' as const };
  const sql = neighbourhoodSql(duckdb);
  let files: ExtractedFile[];
  if (spec.chain === 'ETH') {
    const paths = { transactions: out, token_transfers: tokenTransfersPath(out) };
    const rows = await runEthereumExtract(ethereumScript(duckdb), inputs, paths);
    files = (['transactions', 'token_transfers'] as const).map((table) => ({ path: paths[table], table, rows: rows[table] }));
  } else {
    files = [{ path: out, table: 'transactions', rows: (await runDuckDbExtract(sql, inputs, out)).rows }];
  }
  const written = files.filter((f) => f.rows > 0);
  for (const f of written) fs.writeFileSync(`${f.path}.sql`, sql, { flag: 'wx' });
  return { sql, sha256: createHash('sha256').update(sql).digest('hex'), files: written };
}
