import type { Command } from 'commander';
import type { ExaminerKeyInfo } from '../../../shared/domain/keys';
import { privateKeyFile } from '../../core/keys/key-store';
import { cliSession, printJson, type CliIO } from '../context';

const describeKey = (key: ExaminerKeyInfo, file: string): string =>
  `examiner:    ${key.examiner}\nfingerprint: ${key.fingerprint}\npublic key:  ${key.publicKey}\nprivate key: ${file}\n`;

export function registerKeys(program: Command, io: CliIO): void {
  const keys = program.command('keys').description("the examiner's signing key (Ed25519, OpenSSH format; ASSAY_KEYS_DIR overrides where it lives)");
  keys
    .command('init')
    .description('create the signing key; evidence packages are signed with it from then on')
    .requiredOption('--examiner <name>', "the examiner's name (allowed_signers principal)")
    .option('--force', 'replace an existing key')
    .option('--json', 'print the key as JSON')
    .action(async (opts: { examiner: string; force?: boolean; json?: boolean }) => {
      const session = cliSession();
      try {
        const key = await session.api.call('keys.init', { examiner: opts.examiner, replace: opts.force ?? false });
        if (opts.json) printJson(io, key);
        else io.out(`created a signing key\n${describeKey(key, privateKeyFile(session.backend.keysDir))}`);
      } finally {
        session.close();
      }
    });
  keys
    .command('show')
    .description('print the public key and its SHA256 fingerprint (as ssh-keygen -l prints it)')
    .option('--json', 'print the key as JSON (null when there is none)')
    .action(async (opts: { json?: boolean }) => {
      const session = cliSession();
      try {
        const key = await session.api.call('keys.show', {});
        if (opts.json) printJson(io, key);
        else if (!key) io.out('no signing key yet: run assay keys init --examiner NAME\n');
        else io.out(describeKey(key, privateKeyFile(session.backend.keysDir)));
      } finally {
        session.close();
      }
    });
}
