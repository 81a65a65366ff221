import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';

/** Resolves a package-relative path (always '/'-separated) and refuses anything that would land outside the root. */
export function insideDir(root: string, relative: string): string {
  const resolved = path.resolve(root, ...relative.split('/'));
  const base = path.resolve(root);
  if (path.isAbsolute(relative) || relative.includes('\\') || !resolved.startsWith(base + path.sep)) {
    throw new AppError('FORBIDDEN', `Refusing a path outside the package folder: ${relative}`, { path: relative });
  }
  return resolved;
}

/** A safe, readable file-name part from untrusted text (a view name): ASCII letters, digits and dashes only. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, max);
  return s || 'view';
}
