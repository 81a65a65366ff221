import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/methods/import';

/** Files the user handed over (dialog, drop, upload), named by opaque ids so the UI never sends a raw path. */
export class FileRegistry {
  private readonly entries = new Map<string, { path: string; name: string; temporary: boolean }>();

  register(filePath: string, name: string = path.basename(filePath), temporary = false): FileRef {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new AppError('VALIDATION', `Not a file: ${name}`, { field: 'paths' });
    const id = randomBytes(12).toString('hex');
    this.entries.set(id, { path: filePath, name, temporary });
    return { id, name, size: stat.size };
  }

  resolve(id: string): { path: string; name: string } {
    const entry = this.entries.get(id);
    if (!entry) throw new AppError('NOT_FOUND', 'Unknown file reference; choose the file again.', { field: 'files' });
    return entry;
  }

  /** Removes uploaded copies (browser host) once the host stops. */
  disposeTemporary(): void {
    for (const entry of this.entries.values()) if (entry.temporary) fs.rmSync(entry.path, { force: true });
    this.entries.clear();
  }
}
