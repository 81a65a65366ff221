import { InvalidArgumentError, type Command } from 'commander';
import type { CaseDocument } from '../../../shared/domain/document';
import { printJson, withCase, type CliIO } from '../context';

const id = (what: string) => (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`not a ${what} id: ${value}`);
  return Number(value);
};

/** File names and descriptions come from outside: control and direction characters are shown escaped, never obeyed by the terminal. */
const printable = (text: string): string => text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)?.toString(16).padStart(4, '0') ?? ''}`);

const line = (d: CaseDocument): string =>
  `#${d.id}  received ${d.receivedAt}  ${printable(d.fileName)} (${d.size} bytes)\n` +
  `    sha256 ${d.sha256}\n` +
  (d.description ? `    ${printable(d.description)}\n` : '') +
  (d.findingId === null ? '' : `    supports finding #${d.findingId}\n`) +
  `    added ${d.addedAt} by ${printable(d.addedBy)}\n`;

export function registerDocuments(program: Command, io: CliIO): void {
  const documents = program
    .command('documents')
    .description('off-chain documents kept in the case (subpoena returns, KYC replies, order records): add, list, remove');
  documents
    .command('add')
    .description('store FILE in the case with its SHA-256 and the date it was received (audited)')
    .argument('<case>', 'case file')
    .argument('<file>', 'the document')
    .requiredOption('--received <date>', 'the date the document was received, YYYY-MM-DD')
    .option('--description <text>', 'what it is and its legal reference, e.g. the subpoena number')
    .option('--finding <id>', 'the finding it supports (its removal is then refused while the finding is accepted)', id('finding'))
    .option('--json', 'print the stored document as JSON')
    .action(async (casePath: string, file: string, opts: { received: string; description?: string; finding?: number; json?: boolean }) => {
      await withCase(casePath, async (api, backend) => {
        const added = await api.call('documents.add', {
          file: backend.files.register(file).id,
          receivedAt: opts.received,
          description: opts.description ?? '',
          findingId: opts.finding ?? null,
        });
        if (opts.json) printJson(io, added);
        else io.out(`added ${line(added)}`);
      });
    });
  documents
    .command('list')
    .description('list the documents, oldest first')
    .argument('<case>', 'case file')
    .option('--json', 'print JSON')
    .action(async (casePath: string, opts: { json?: boolean }) => {
      await withCase(casePath, async (api) => {
        const list = await api.call('documents.list', {});
        if (opts.json) printJson(io, list);
        else io.out(list.length === 0 ? 'No documents. Add one with `assay documents add CASE FILE --received YYYY-MM-DD`.\n' : list.map(line).join(''));
      }, { readOnly: true });
    });
  documents
    .command('remove')
    .description('remove a document and its bytes (audited; refused while it supports an accepted finding)')
    .argument('<case>', 'case file')
    .argument('<id>', 'document id (see documents list)', id('document'))
    .action(async (casePath: string, documentId: number) => {
      await withCase(casePath, async (api) => {
        const removed = await api.call('documents.remove', { id: documentId });
        io.out(`removed #${removed.id} ${printable(removed.fileName)} (sha256 ${removed.sha256})\n`);
      });
    });
}
