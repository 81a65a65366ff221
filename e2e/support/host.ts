import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli/assay.cjs');
const URL_LINE = /^Assay is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})$/m;

export interface StartedHost {
  url: string;
  origin: string;
  token: string;
  workspaceDir: string;
  stop(): Promise<void>;
}

/**
 * Runs the real `assay serve` (the built CLI, as a user would) on a fresh temporary workspace and user-data folder,
 * with test hooks on, and reads the URL it prints.
 */
export async function startServe(): Promise<StartedHost> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-e2e-'));
  const workspaceDir = path.join(tmp, 'workspace');
  const child = spawn(process.execPath, [CLI, 'serve', '--workspace', workspaceDir, '--no-open'], {
    env: { ...process.env, ASSAY_USER_DATA: path.join(tmp, 'user'), ASSAY_TEST_HOOKS: '1', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await readUrl(child);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    workspaceDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`assay serve printed no URL in 15 s.\n${out}${err}`)), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = URL_LINE.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`assay serve exited with ${code}.\n${out}${err}`)));
  });
}
