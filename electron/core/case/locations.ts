import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

/** Turns a location the UI sends into a file path, refusing anything the user did not choose. */
export interface LocationPolicy {
  resolve(location: string): string;
  /** Records a path the user chose (native dialog, drop, recent list). */
  grant(filePath: string): void;
  /** What the UI may show for a path. */
  display(filePath: string): string;
}

export const CASE_EXTENSION = '.assay';

/** Browser host: cases live in one workspace folder and are named by bare file names. */
export function workspacePolicy(dir: string): LocationPolicy {
  return {
    resolve(location) {
      const name = location.endsWith(CASE_EXTENSION) ? location : `${location}${CASE_EXTENSION}`;
      if (!/^[\p{L}\p{N} _().,-]+\.assay$/u.test(name) || name.startsWith('.')) {
        throw new AppError('VALIDATION', 'A case name may use letters, digits, spaces and _ ( ) . , - only.', {
          field: 'location',
        });
      }
      return path.join(dir, name);
    },
    grant() {},
    display: (filePath) => path.basename(filePath),
  };
}

/** Electron: only paths that came from a native dialog, a drop or the recent list. */
export function grantedPathsPolicy(initial: Iterable<string> = []): LocationPolicy {
  const granted = new Set([...initial].map((p) => path.resolve(p)));
  return {
    resolve(location) {
      const resolved = path.resolve(location);
      if (!granted.has(resolved)) throw new AppError('FORBIDDEN', 'This location was not chosen by the user.');
      return resolved;
    },
    grant: (filePath) => void granted.add(path.resolve(filePath)),
    display: (filePath) => filePath,
  };
}

/** CLI and tests: the user typed the path. */
export function anyPathPolicy(): LocationPolicy {
  return { resolve: (location) => path.resolve(location), grant() {}, display: (filePath) => filePath };
}
