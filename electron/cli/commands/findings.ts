import type { Command } from 'commander';
import { printJson, withCase, type CliIO } from '../context';

const id = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new Error(`not a finding id: ${value}`);
  return Number(value);
};

export function registerFindings(program: Command, io: CliIO): void {
  program
    .command('findings')
    .description('list findings (strongest first), or accept / dismiss one')
    .argument('<case>', 'case file')
    .option('--detector <name>', 'only this detector')
    .option('--status <status>', 'only new, accepted or dismissed')
    .option('--accept <id>', 'accept finding ID', id)
    .option('--dismiss <id>', 'dismiss finding ID (needs --reason)', id)
    .option('--reason <text>', 'why (recorded in the audit log)')
    .option('--json', 'print JSON')
    .action(async (casePath: string, opts: { detector?: string; status?: 'new' | 'accepted' | 'dismissed'; accept?: number; dismiss?: number; reason?: string; json?: boolean }) => {
      await withCase(casePath, async (api) => {
        const reason = opts.reason === undefined ? {} : { reason: opts.reason };
        if (opts.accept !== undefined) await api.call('findings.setStatus', { id: opts.accept, status: 'accepted', ...reason });
        if (opts.dismiss !== undefined) await api.call('findings.setStatus', { id: opts.dismiss, status: 'dismissed', ...reason });
        const findings = await api.call('findings.list', {
          ...(opts.detector ? { detector: opts.detector } : {}),
          ...(opts.status ? { status: opts.status } : {}),
        });
        if (opts.json) return printJson(io, findings);
        for (const f of findings) {
          io.out(`#${f.id} [${f.severity}] ${f.detector}: ${f.title} (${f.status}${f.statusReason ? `: ${f.statusReason}` : ''})\n  ${f.explanation}\n`);
        }
        if (findings.length === 0) io.out('No findings. Run `assay analyze` first.\n');
        return undefined;
      }, { readOnly: opts.accept === undefined && opts.dismiss === undefined });
    });
}
