import { Option, type Command } from 'commander';
import { EXTRACT_CHAINS, type ExtractChain } from '../../../shared/domain/extract';
import { neighbourhoodSql, type Dialect } from '../../core/extract/neighbourhood-sql';
import { extractToFiles } from '../../core/extract/extract-files';
import type { CliIO } from '../context';
import { int, when } from './trace';

export function registerExtract(program: Command, io: CliIO): void {
  program
    .command('extract')
    .description('print the SQL that collects the k-hop neighbourhood of seeds from a whole-chain copy (BigQuery, DuckDB), or run it locally with DuckDB')
    .addOption(new Option('--chain <chain>', 'chain: BTC (crypto_bitcoin.transactions) or ETH (crypto_ethereum transactions and token_transfers)').choices([...EXTRACT_CHAINS]).default('BTC'))
    .requiredOption('--from <refs...>', 'seeds: ADDR or TXID')
    .option('--hops <n>', 'hops forward and backward', int, 2)
    .option('--since <time>', 'ignore transactions before (unix seconds or ISO date)', when)
    .option('--until <time>', 'ignore transactions after', when)
    .option('--max-degree <n>', 'BTC: leave out transactions with more inputs + outputs; ETH: do not step through addresses with more transfers', int)
    .addOption(new Option('--dialect <dialect>', 'SQL dialect').choices(['bigquery', 'duckdb']).default('bigquery'))
    .option('--input <files...>', 'duckdb: JSON lines or Parquet exports to run over (BTC: crypto_bitcoin.transactions; ETH: transactions and token_transfers)')
    .option('--out <file>', 'duckdb: write the rows here as JSON lines, the query beside it as FILE.sql (ETH: token transfers in FILE.token_transfers.jsonl)')
    .action(async (opts: { chain: ExtractChain; from: string[]; hops: number; since?: number; until?: number; maxDegree?: number; dialect: Dialect; input?: string[]; out?: string }) => {
      const spec = { chain: opts.chain, from: opts.from, hops: opts.hops, since: opts.since ?? null, until: opts.until ?? null, maxDegree: opts.maxDegree ?? null, dialect: opts.dialect };
      const sql = neighbourhoodSql(spec);
      if (opts.input === undefined && opts.out === undefined) return io.out(sql);
      if (opts.dialect !== 'duckdb' || !opts.input || !opts.out) throw new Error('running the query needs --dialect duckdb with both --input and --out');
      const { sha256, files } = await extractToFiles(spec, opts.input, opts.out);
      if (files.length === 0) io.out('The query reached no transactions: nothing written.\n');
      for (const f of files) io.out(`Wrote ${f.rows} ${f.table === 'transactions' ? 'transactions' : 'token transfers'} to ${f.path} (query ${sha256.slice(0, 16)}… in ${f.path}.sql)\n`);
      return undefined;
    });
}
