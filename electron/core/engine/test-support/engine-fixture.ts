import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { tempDir } from '../../test-support/fixtures';
import { EngineClient, type EngineOptions } from '../engine-client';

/** The engine process with hooks that hang (stalling.process.ts), for watchdog tests. */
export const STALLING_ENGINE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'stalling.process.ts');

/** Per test: a browser-host engine over a fresh workspace, closed and removed afterwards. */
export function useEngine() {
  let tmp: ReturnType<typeof tempDir>;
  let engine: EngineClient | null = null;
  beforeEach(() => {
    tmp = tempDir('assay-engine-');
    fs.mkdirSync(path.join(tmp.dir, 'ws'));
  });
  afterEach(async () => {
    await engine?.close();
    engine = null;
    tmp.cleanup();
  });
  const current = (): EngineClient => {
    if (!engine) throw new Error('start() the engine first');
    return engine;
  };
  return {
    dir: () => tmp.dir,
    start(options: Partial<EngineOptions> = {}): EngineClient {
      engine = new EngineClient({
        runtime: 'browser-host',
        userDataDir: path.join(tmp.dir, 'user'),
        workspaceDir: path.join(tmp.dir, 'ws'),
        locations: { kind: 'workspace', dir: path.join(tmp.dir, 'ws') },
        ...options,
      });
      return engine;
    },
    /** A call's result, or a thrown error naming its code and message. */
    async ok(method: string, params: unknown): Promise<unknown> {
      const outcome = await current().call(method, params);
      if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
      return outcome.result;
    },
  };
}
