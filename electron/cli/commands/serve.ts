import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { startHost } from '../../host/start-host';
import { cliUserDataDir, type CliIO } from '../context';

const parsePort = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
  return port;
};

/** Opens the URL in the user's browser; never in CI, where there is no browser to show it. */
function openBrowser(url: string): void {
  if (process.env.CI) return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['explorer.exe', [url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export function registerServe(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('run Assay in a browser: serve the app on 127.0.0.1 with a one-time token')
    .argument('[case]', 'case file to open (the workspace defaults to its folder)')
    .option('--port <port>', 'port to listen on (default: a free one)', parsePort, 0)
    .option('--workspace <dir>', 'folder the browser may create and open cases in (default: ~/Assay Cases)')
    .option('--no-open', 'only print the URL; do not open a browser')
    .action(async (casePath: string | undefined, opts: { port: number; workspace?: string; open: boolean }) => {
      const workspaceDir = path.resolve(opts.workspace ?? (casePath ? path.dirname(casePath) : path.join(os.homedir(), 'Assay Cases')));
      // One recent-cases list per workspace: its entries are named by file name inside that folder.
      const workspaceKey = createHash('sha256').update(workspaceDir).digest('hex').slice(0, 16);
      const host = await startHost({
        workspaceDir,
        userDataDir: path.join(cliUserDataDir(), 'host', workspaceKey),
        port: opts.port,
        ...(casePath ? { openCase: casePath } : {}),
        testHooks: process.env.ASSAY_TEST_HOOKS === '1',
      });
      io.out(`Assay is running at ${host.url}\n`);
      // stdout stays the one URL line scripts read; the person at the terminal learns where cases go and how to stop.
      io.err(`Cases are kept in ${workspaceDir}. Press Ctrl+C to stop the host.\n`);
      if (opts.open) openBrowser(host.url);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await host.close();
    });
}
