import type { Command } from 'commander';
import { printJson, withCase, type CliIO } from '../context';

export function registerImport(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('import files into a case (one transaction per file)')
    .argument('<case>', 'case file')
    .argument('<files...>', 'files to import')
    .option('--format <format>', 'override format detection')
    .option('--refuse-bad-rows', 'refuse a file with any bad row instead of skipping the row')
    .option('--json', 'print one JSON document with a result per file')
    .action(async (casePath: string, files: string[], opts: { format?: string; refuseBadRows?: boolean; json?: boolean }) => {
      await withCase(casePath, async (api, backend) => {
        const refs = files.map((f) => backend.files.register(f));
        const results = await api.call('import.run', {
          jobId: 'cli',
          files: refs.map((r) => r.id),
          ...(opts.format ? { format: opts.format } : {}),
          onBadRows: opts.refuseBadRows ? 'refuse' : 'skip',
        });
        if (opts.json) return printJson(io, results);
        for (const r of results) {
          const c = r.counts;
          io.out(
            `${r.file}: ${r.format}, sha256 ${r.sha256}\n  ${c.blocks} blocks, ${c.transactions} transactions (${r.added.transactions} new), ` +
              `${c.inputs} inputs, ${c.outputs} outputs, ${c.transfers} transfers, ${c.tags} tags, ${c.addresses} addresses; ${r.rejectedCount} rejected\n`,
          );
          for (const row of r.rejected.slice(0, 20)) {
            io.out(`  rejected ${row.file}${row.line !== null ? `:${row.line}` : ''}${row.field ? ` [${row.field}]` : ''}: ${row.reason}\n`);
          }
        }
      });
    });
}
