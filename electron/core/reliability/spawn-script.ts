import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scripts');

/** A script from ./scripts in its own Node process (TypeScript through tsx), as a second Assay instance would run. */
export function spawnScript(name: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', path.join(SCRIPTS, name), ...args], { stdio: 'pipe' });
}

/** Resolves when the child prints `line` on stdout; rejects if it exits first, with its stderr for the failure. */
export function waitForLine(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onOut = (chunk: Buffer): void => {
      out += chunk.toString();
      if (out.split('\n').includes(line)) {
        child.stdout.off('data', onOut);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code: number | null, signal: string | null): void =>
      reject(new Error(`child exited (${code ?? signal}) before "${line}": ${err.slice(-2000)}`));
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.stdout.on('data', onOut);
    child.once('exit', onExit);
  });
}

/** Resolves with the exit code or signal once the child has gone. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
