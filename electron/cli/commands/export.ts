import { Option, type Command } from 'commander';
import { printJson, withCase, type CliIO } from '../context';

export function registerExport(program: Command, io: CliIO): void {
  program
    .command('export')
    .description('exchange formats for partner agencies: the accepted findings as a MISP event (JSON)')
    .argument('<case>', 'case file')
    .addOption(new Option('--format <format>', 'exchange format').choices(['misp']).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write (never overwritten)')
    .option('--package <dir>', 'the evidence package the event accompanies: its manifest SHA-256 goes into the event info')
    .option('--json', 'print the result as JSON')
    .action(async (casePath: string, opts: { format: 'misp'; out: string; package?: string; json?: boolean }) => {
      await withCase(casePath, async (api) => {
        const result = await api.call('report.exportMisp', { outFile: opts.out, ...(opts.package ? { packageLocation: opts.package } : {}) });
        if (opts.json) return printJson(io, result);
        io.out(`wrote ${result.file}: MISP event with ${result.attributes} attributes and ${result.objects} objects\n`);
        return undefined;
      });
    });
}
