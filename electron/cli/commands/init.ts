import type { Command } from 'commander';
import { cliSession, printJson, type CliIO } from '../context';

export function registerInit(program: Command, io: CliIO): void {
  program
    .command('init')
    .description('create a new case file')
    .argument('<case>', 'path of the new case file (*.assay)')
    .option('--title <title>', 'case title', 'Untitled case')
    .option('--examiner <name>', 'examiner name', '')
    .option('--case-number <number>', 'case number', '')
    .option('--agency <agency>', 'agency', '')
    .option('--json', 'print the case as JSON')
    .action(async (casePath: string, opts: { title: string; examiner: string; caseNumber: string; agency: string; json?: boolean }) => {
      const session = cliSession();
      try {
        const info = await session.api.call('case.create', {
          location: casePath,
          header: { title: opts.title, examiner: opts.examiner, caseNumber: opts.caseNumber, agency: opts.agency },
        });
        if (opts.json) printJson(io, info);
        else io.out(`Created case "${info.title}" (${info.caseId}) at ${casePath}\n`);
      } finally {
        session.close();
      }
    });
}
