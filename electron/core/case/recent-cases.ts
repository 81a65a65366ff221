import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../../shared/domain/case';

const Stored = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }));
const MAX_RECENT = 12;

/** The recent-cases list, kept as JSON in the app's user-data folder. A damaged file is treated as empty. */
export class RecentCases {
  constructor(private readonly file: string) {}

  paths(): string[] {
    return this.read().map((entry) => entry.path);
  }

  list(display: (filePath: string) => string): RecentCase[] {
    return this.read().map((entry) => ({
      location: display(entry.path),
      fileName: path.basename(entry.path),
      title: entry.title,
      openedAt: entry.openedAt,
      exists: fs.existsSync(entry.path),
    }));
  }

  remember(filePath: string, title: string, now: Date = new Date()): void {
    const rest = this.read().filter((entry) => entry.path !== filePath);
    this.write([{ path: filePath, title, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  /** Drops the entries whose path matches (the list names them as the UI shows them); the files stay. */
  forget(matches: (filePath: string) => boolean): boolean {
    const entries = this.read();
    const kept = entries.filter((entry) => !matches(entry.path));
    if (kept.length === entries.length) return false;
    this.write(kept);
    return true;
  }

  private write(entries: z.infer<typeof Stored>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(entries, null, 2));
    fs.renameSync(tmp, this.file);
  }

  private read(): z.infer<typeof Stored> {
    try {
      return Stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return [];
    }
  }
}
