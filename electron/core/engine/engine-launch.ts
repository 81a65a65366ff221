import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientMessage, EngineMessage } from './engine-protocol';

/** One engine process as EngineClient drives it, whatever started it (Node's fork here, Electron's utilityProcess). */
export interface EngineProcess {
  /** Undefined until the OS has started it. */
  readonly pid: number | undefined;
  /** Throws at once when the message cannot be serialized. */
  send(message: ClientMessage): void;
  onMessage(listener: (message: EngineMessage) => void): void;
  /** Once the process has ended (`how`: "exit code 3", "signal SIGKILL"). */
  onExit(listener: (how: string) => void): void;
  /** SIGKILL: ends the process even inside one native SQLite statement; the OS releases its files and locks. */
  kill(): void;
}

/** Starts the engine process from its entry file. */
export type LaunchEngine = (entry: string) => EngineProcess;

/** The bundled entry beside the running bundle (dist/main, dist/cli), else the TypeScript source (tests, tsx). */
export function engineEntry(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'engine.process.cjs');
  return fs.existsSync(bundled) ? bundled : path.join(here, 'engine.process.ts');
}

/** Node (the CLI, the browser host, tests): a child of this process with an IPC channel carrying structured data. */
export const forkEngine: LaunchEngine = (entry) => {
  const child = fork(entry, [], {
    // The structured clone, as between threads: Maps, Dates, typed arrays and undefined arrive as sent.
    serialization: 'advanced',
    // Not this process's flags (vitest's, --inspect): TypeScript source loads through tsx, the bundle needs nothing.
    execArgv: /\.[cm]?ts$/.test(entry) ? ['--import', 'tsx'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('error', (error) => console.error('[assay] the engine process failed:', error));
  killOnExit(child);
  return {
    get pid() {
      return child.pid;
    },
    // A message to a process that just died is dropped (the callback takes the error): its exit restarts the engine.
    send: (message) => void child.send(message, () => undefined),
    onMessage: (listener) => child.on('message', (message) => listener(message as EngineMessage)),
    onExit: (listener) => child.once('exit', (code, signal) => listener(signal ? `signal ${signal}` : `exit code ${code}`)),
    kill: () => void child.kill('SIGKILL'),
  };
};

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A child stuck in a native statement never sees its channel close: it dies with this process instead of lingering. */
function killOnExit(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => live.forEach((c) => c.kill('SIGKILL')));
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
}
