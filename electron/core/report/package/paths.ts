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

/**
 * A package file name from an untrusted one (a received document's): ASCII letters, digits, dots, dashes and
 * underscores, its extension kept, never hidden or empty. The manifest keeps the original name beside it.
 */
export function safeFileName(name: string, max = 80): string {
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
  const stem = name
    .slice(0, name.length - ext.length)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max - ext.length)
    .replace(/[-.]+$/, '');
  return `${stem || 'document'}${ext}`;
}
