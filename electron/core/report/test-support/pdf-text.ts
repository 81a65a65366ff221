import { execFileSync, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';

/** poppler's pdftotext (apt poppler-utils); tests that read PDF text skip where it is absent. */
export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** The text of a PDF, pages separated by form feeds, in reading layout. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Every identifier and hash the case holds: txids, block hashes, addresses, file hashes, audit hashes. */
export function caseIdentifiers(caseFile: string): string[] {
  const db = new Database(caseFile, { readonly: true });
  const ids = db
    .prepare(`SELECT txid FROM transactions UNION SELECT block_hash FROM transactions WHERE block_hash IS NOT NULL UNION SELECT address FROM addresses
      UNION SELECT sha256 FROM sources UNION SELECT sha256 FROM documents UNION SELECT hash FROM audit_log UNION SELECT value FROM case_meta WHERE key = 'case_id'
      UNION SELECT subject FROM tags`)
    .pluck()
    .all() as string[];
  db.close();
  return ids.filter((id) => id.length >= 26);
}

/**
 * The pieces of an identifier cut across lines: a line's token that is a proper prefix (at a line end) or proper
 * suffix (at a line start) of a known identifier. Shortened forms ending in "…" are labels, not cuts.
 */
export function brokenIdentifiers(text: string, ids: string[]): string[] {
  const prefixes = new Map<string, string>();
  const suffixes = new Map<string, string>();
  for (const id of ids) {
    for (let n = 6; n < id.length; n += 1) {
      prefixes.set(id.slice(0, n), id);
      suffixes.set(id.slice(id.length - n), id);
    }
  }
  const broken = new Map<string, string>();
  const whole = new Set(ids);
  for (const line of text.split(/\n|\f/)) {
    for (const m of line.matchAll(/[0-9A-Za-z]{6,}(?!…|[0-9A-Za-z_])/g)) {
      const token = m[0];
      const before = line[m.index - 1] ?? ' ';
      if (/[0-9A-Za-z…_]/.test(before) || whole.has(token)) continue;
      const cut = prefixes.get(token) ?? suffixes.get(token);
      if (cut && !line.includes(cut) && !broken.has(cut)) broken.set(cut, `${cut} (line: ${line.trim().slice(0, 100)})`);
    }
  }
  return [...broken.values()];
}
