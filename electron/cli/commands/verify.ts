import type { Command } from 'commander';
import { AppError } from '../../../shared/api/errors';
import { cliSession, printJson, type CliIO } from '../context';

export function registerVerify(program: Command, io: CliIO): void {
  program
    .command('verify')
    .description('check an evidence package (folder or zip) or a case file\'s audit chain; exit 1 names the first broken item')
    .argument('<path>', 'package folder, package zip or case file')
    .option('--expect-key <fingerprint>', 'fail unless this key (SHA256:... as ssh-keygen -l prints it) signed the package')
    .option('--case <case>', 'also confirm the package came from this case file (its audit chain holds the package\'s head)')
    .option('--json', 'print the verdict as JSON (exit code as without)')
    .action(async (target: string, opts: { expectKey?: string; case?: string; json?: boolean }) => {
      const session = cliSession();
      try {
        const verdict = await session.api.call('report.verify', { location: target, ...(opts.expectKey ? { expectKey: opts.expectKey } : {}), ...(opts.case ? { caseLocation: opts.case } : {}) });
        if (opts.json) printJson(io, verdict);
        if (!verdict.ok) throw new AppError('VALIDATION', `verification failed: ${verdict.item}: ${verdict.reason}`, verdict);
        if (!opts.json) io.out(`OK ${verdict.kind}: ${verdict.summary}\n`);
      } finally {
        session.close();
      }
    });
}
