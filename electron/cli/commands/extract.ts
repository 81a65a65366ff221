import { Option, type Command } from 'commander';
import { neighbourhoodSql, type Dialect } from '../../core/extract/neighbourhood-sql';
import { extractWithQuery } from '../../core/extract/run-duckdb';
import type { CliIO } from '../context';
import { int, when } from './trace';

export function registerExtract(program: Command, io: CliIO): void {
  program
    .command('extract')
    .description('print the SQL that collects the k-hop neighbourhood of seeds from a whole-chain copy (BigQuery, DuckDB), or run it locally with DuckDB')
    .addOption(new Option('--chain <chain>', 'chain (crypto_bitcoin.transactions)').choices(['BTC']).default('BTC'))
    .requiredOption('--from <refs...>', 'seeds: ADDR or TXID')
    .option('--hops <n>', 'hops forward and backward', int, 2)
    .option('--since <time>', 'ignore transactions before (unix seconds or ISO date)', when)
    .option('--until <time>', 'ignore transactions after', when)
    .option('--max-degree <n>', 'leave out transactions with more inputs + outputs', int)
    .addOption(new Option('--dialect <dialect>', 'SQL dialect').choices(['bigquery', 'duckdb']).default('bigquery'))
    .option('--input <files...>', 'duckdb: JSON lines or Parquet exports of crypto_bitcoin.transactions to run over')
    .option('--out <file>', 'duckdb: write the rows here as JSON lines (and the query beside it as FILE.sql)')
    .action(async (opts: { from: string[]; hops: number; since?: number; until?: number; maxDegree?: number; dialect: Dialect; input?: string[]; out?: string }) => {
      const sql = neighbourhoodSql({ from: opts.from, hops: opts.hops, since: opts.since ?? null, until: opts.until ?? null, maxDegree: opts.maxDegree ?? null, dialect: opts.dialect });
      if (opts.input === undefined && opts.out === undefined) return io.out(sql);
      if (opts.dialect !== 'duckdb' || !opts.input || !opts.out) throw new Error('running the query needs --dialect duckdb with both --input and --out');
      const { rows, sha256 } = await extractWithQuery(sql, opts.input, opts.out);
      io.out(`Wrote ${rows} transactions to ${opts.out} (query ${sha256.slice(0, 16)}… in ${opts.out}.sql)\n`);
      return undefined;
    });
}
