import fs from 'node:fs';
import path from 'node:path';

/** Code-unit order, the same on every platform and locale (manifests list files in it). */
export const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every regular file under root as a sorted '/'-separated relative path; symlinks and other specials are reported. */
export function listFiles(root: string): { files: string[]; specials: string[] } {
  const files: string[] = [];
  const specials: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (entry.isFile()) files.push(rel);
      else specials.push(rel);
    }
  };
  walk(root, '');
  return { files: files.sort(byPath), specials: specials.sort(byPath) };
}
