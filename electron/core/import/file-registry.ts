import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/methods/import';

/** Files the user handed over (dialog, drop, upload), named by opaque ids so the UI never sends a raw path. */
export interface RegisteredFile {
  path: string;
  name: string;
  temporary: boolean;
}

export class FileRegistry {
  private readonly entries = new Map<string, RegisteredFile>();

  /** `onRegister` sees every new entry: the engine process mirrors them to its client so a restart keeps them. */
  constructor(private readonly onRegister?: (id: string, file: RegisteredFile) => void) {}

  register(filePath: string, name: string = path.basename(filePath), temporary = false): FileRef {
    const stat = fs.statSync(filePath, { throwIfNoEntry: false });
    if (!stat) throw new AppError('NOT_FOUND', `No such file: ${name}`, { field: 'paths' });
    if (!stat.isFile()) throw new AppError('VALIDATION', `Not a file: ${name}`, { field: 'paths' });
    const id = randomBytes(12).toString('hex');
    const entry = { path: filePath, name, temporary };
    this.entries.set(id, entry);
    this.onRegister?.(id, entry);
    return { id, name, size: stat.size };
  }

  /** An entry registered before an engine restart, under the id the UI already holds. */
  restore(id: string, file: RegisteredFile): void {
    this.entries.set(id, file);
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
