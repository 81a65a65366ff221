import { Option, type Command } from 'commander';
import { REPORT_SECTIONS, type ReportSectionId } from '../../../shared/domain/report';
import { printJson, withCase, type CliIO } from '../context';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerReport(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('write an evidence package: report.pdf, csv/, figures/, manifest.json, SHA256SUMS, VERIFY.txt')
    .argument('<case>', 'case file')
    .requiredOption('--out <dir>', 'folder to write (created; a non-empty folder needs --force)')
    .option('--zip', 'also write evidence-package.zip into the folder')
    .option('--view <name>', 'include this saved view (repeatable; default: all views)', collect)
    .addOption(new Option('--section <id>', 'include this section (repeatable; default: all)').choices([...REPORT_SECTIONS]).argParser(collect))
    .option('--max-rows <n>', 'rows per table in the PDF', (v) => Number.parseInt(v, 10))
    .option('--all-rows', 'CSVs hold every ledger row (default: only rows touching the accepted findings)')
    .option('--force', 'write into a non-empty folder, replacing a previous package there')
    .option('--json', 'print the result as JSON')
    .action(async (casePath: string, opts: { out: string; zip?: boolean; view?: string[]; section?: ReportSectionId[]; maxRows?: number; allRows?: boolean; force?: boolean; json?: boolean }) => {
      await withCase(casePath, async (api) => {
        const result = await api.call('report.export', {
          outDir: opts.out,
          zip: opts.zip ?? false,
          force: opts.force ?? false,
          allRows: opts.allRows ?? false,
          ...(opts.view ? { views: opts.view } : {}),
          ...(opts.section ? { sections: opts.section } : {}),
          ...(opts.maxRows !== undefined ? { maxTableRows: opts.maxRows } : {}),
        });
        if (opts.json) return printJson(io, result);
        io.out(`wrote ${result.outDir}: report.pdf (${result.pages} pages), ${result.files.length} files listed in SHA256SUMS\n`);
        if (result.zip) io.out(`zip: ${result.zip}\n`);
        return undefined;
      });
    });
}
