import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/app-version';
import { toAppError } from '../../shared/api/errors';
import { registerAnalyze } from './commands/analyze';
import { registerDemo } from './commands/demo';
import { registerDocuments } from './commands/documents';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerFindings } from './commands/findings';
import { registerImport } from './commands/import';
import { registerInit } from './commands/init';
import { registerKeys } from './commands/keys';
import { registerReport } from './commands/report';
import { registerScreen } from './commands/screen';
import { registerShow } from './commands/show';
import { registerTrace } from './commands/trace';
import { registerServe } from './commands/serve';
import { registerVerify } from './commands/verify';
import type { CliIO } from './context';

/** Each command lives in its own file and registers itself here. */
const commands: ((program: Command, io: CliIO) => void)[] = [registerInit, registerImport, registerShow, registerServe, registerDemo, registerAnalyze, registerTrace, registerFindings, registerReport, registerVerify, registerScreen, registerExtract, registerKeys, registerExport, registerDocuments];

/** `parserErr` receives commander's own messages (held back by runCli); commands write to `io` as they run. */
export function buildProgram(io: CliIO, parserErr: (text: string) => void = io.err): Command {
  const program = new Command('assay')
    .description('Assay: offline workbench for cryptocurrency investigations')
    .version(APP_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: parserErr })
    .showHelpAfterError(false);
  for (const register of commands) register(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: parserErr });
  return program;
}

/** Runs the CLI and returns its exit code: 0 on success, 1 (refused) or 2 (usage) with a one-line reason on stderr. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Parser messages are held back so a usage error prints one line (commander adds "Did you mean" lines and full help).
  let parserErr = '';
  const program = buildProgram(io, (s) => void (parserErr += s));
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (parserErr) io.err(parserErr);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      const first = parserErr.split('\n').find((line) => line.trim() !== '') ?? error.message;
      io.err(error.code === 'commander.help' ? 'assay: no command given; run assay --help for the list of commands\n' : `assay: ${first.replace(/^error: /, '')}\n`);
      return 2;
    }
    const e = toAppError(error);
    const reason = e.code === 'INTERNAL' && error instanceof Error ? error.message : e.message;
    io.err(`assay: ${reason.split('\n')[0]}\n`);
    return 1;
  }
}
