import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

/**
 * Copies console errors and warnings (the dispatcher logs internal errors there) to <logs>/assay.log, because a
 * packaged app has no terminal: this is "the application log" error messages point to. Returns the file path.
 */
export function startAppLog(logsDir: string, now: () => Date = () => new Date()): string {
  fs.mkdirSync(logsDir, { recursive: true });
  const file = path.join(logsDir, 'assay.log');
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      original(...args);
      try {
        fs.appendFileSync(file, `${now().toISOString()} ${level.toUpperCase()} ${format(...args)}\n`);
      } catch {
        // A full or read-only disk must not turn logging into a crash.
      }
    };
  }
  return file;
}
