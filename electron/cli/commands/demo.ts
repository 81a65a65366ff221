import type { Command } from 'commander';
import { writeBigQueryJsonl } from '../../core/demo/bigquery-jsonl';
import { cliSession, printJson, type CliIO } from '../context';

const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${value}`);
  return n;
};

export function registerDemo(program: Command, io: CliIO): void {
  program
    .command('demo')
    .description('create the seeded demo case (mining-based laundering with decoys), or write it as BigQuery JSON lines')
    .argument('<case>', 'path of the new case file (*.assay), or of the .jsonl file with --jsonl')
    .option('--scale <n>', 'background transactions to add (100000 or 1000000 for benchmark cases)', count, 0)
    .option('--seed <n>', 'generator seed', count)
    .option('--jsonl', 'write crypto_bitcoin.transactions-shaped JSON lines instead of a case')
    .option('--json', 'print JSON')
    .action(async (target: string, opts: { scale: number; seed?: number; jsonl?: boolean; json?: boolean }) => {
      const seed = opts.seed === undefined ? {} : { seed: opts.seed };
      if (opts.jsonl) {
        const rows = await writeBigQueryJsonl(target, { scale: opts.scale, ...seed });
        if (opts.json) printJson(io, { file: target, transactions: rows });
        else io.out(`Wrote ${rows} transactions to ${target}\n`);
        return;
      }
      const session = cliSession();
      try {
        const info = await session.api.call('demo.open', { location: target, scale: opts.scale, ...seed });
        if (opts.json) printJson(io, info);
        else io.out(`Created demo case "${info.title}" at ${target}: ${info.counts.transactions} transactions, ${info.counts.tags} tags\n`);
      } finally {
        session.close();
      }
    });
}
