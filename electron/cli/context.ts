import os from 'node:os';
import path from 'node:path';
import { createClient, type ApiClient } from '../../shared/api/client';
import { anyPathPolicy } from '../core/case/locations';
import { createBackend } from '../core/api/create-backend';
import { inMemoryTransport } from '../core/api/in-memory-transport';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Where the CLI keeps its recent-cases list: the same user-data folder layout as the app, under the CLI's name. */
export const cliUserDataDir = (): string =>
  process.env.ASSAY_USER_DATA ?? path.join(os.homedir(), '.config', 'assay-cli');

/** The CLI talks to the engine through the same dispatcher as the app, so it gets the same validation and errors. */
export function cliSession(): { api: ApiClient; backend: ReturnType<typeof createBackend>; close(): void } {
  const backend = createBackend({ runtime: 'memory', userDataDir: cliUserDataDir(), locations: anyPathPolicy() });
  return { api: createClient(inMemoryTransport(backend)), backend, close: () => backend.session.close() };
}

/** Opens CASE, runs the body, always closes. Read-only commands open without the lock, beside an app that holds it. */
export async function withCase<T>(
  casePath: string,
  body: (api: ApiClient, backend: ReturnType<typeof createBackend>) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const session = cliSession();
  try {
    await session.api.call('case.open', { location: casePath, readOnly: options.readOnly ?? false });
    return await body(session.api, session.backend);
  } finally {
    session.close();
  }
}

/** JSON for --json: bigint-safe, one document. */
export const printJson = (io: CliIO, value: unknown): void =>
  io.out(`${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
