import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { hasTable } from '../db/has-table';

/**
 * The evidence a case holds, in groups the audit log can name when one changes behind its back. Views, clusters and
 * other derived tables are left out: they are recomputed or cosmetic, and say nothing a report relies on unsupported.
 */
export const DIGEST_GROUPS = {
  sources: ['sources'],
  ledger: ['blocks', 'transactions', 'tx_inputs', 'tx_outputs', 'transfers'],
  tags: ['tags'],
  annotations: ['annotations'],
  findings: ['findings'],
  offchain_links: ['offchain_links'],
  // The document rows (SHA-256, received date, description); the bytes are checked against that SHA-256 instead.
  documents: ['documents'],
} as const;
export type DigestGroup = keyof typeof DIGEST_GROUPS;
export const GROUP_NAMES = Object.keys(DIGEST_GROUPS) as DigestGroup[];

/**
 * Groups added after schema 5 are recorded only once their tables hold rows: a digest recorded before them, or of a
 * case without any, reads, hashes and compares exactly as it did (packages bound to older entries still bind).
 */
type LaterGroup = 'documents';
const LATER_GROUPS: ReadonlySet<DigestGroup> = new Set<LaterGroup>(['documents']);

export interface GroupDigest {
  rows: number;
  sha256: string;
}
export type ContentDigest = Record<Exclude<DigestGroup, LaterGroup>, GroupDigest> & Partial<Record<LaterGroup, GroupDigest>>;

/** Rows in primary-key order (rowid where there is one); SQLite's quote() renders each cell exactly (integers, text, blobs). */
function rowsSql(db: Database.Database, table: string): string {
  const cols = db.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string; pk: number }[];
  const schema = (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined) ?? '';
  const keys = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const order = /\bWITHOUT\s+ROWID\b/i.test(schema) ? keys.map((c) => `"${c.name}"`).join(', ') : 'rowid';
  return `SELECT ${cols.map((c) => `quote("${c.name}")`).join(" || char(31) || ")} FROM ${table} ORDER BY ${order}`;
}

/** SHA-256 over one group's rows: per table its name, then one line per row (cells quoted, joined by U+001F). */
export function digestGroup(db: Database.Database, group: DigestGroup): GroupDigest {
  const hash = createHash('sha256');
  let rows = 0;
  for (const table of DIGEST_GROUPS[group]) {
    hash.update(`table ${table}\n`);
    for (const line of db.prepare(rowsSql(db, table)).pluck().iterate() as IterableIterator<string>) {
      hash.update(line);
      hash.update('\n');
      rows += 1;
    }
  }
  return { rows, sha256: hash.digest('hex') };
}

/** The whole digest; the ledger (millions of rows) is taken from `reuseLedger` when the change did not touch it. */
export function contentDigest(db: Database.Database, reuseLedger: GroupDigest | null = null): ContentDigest {
  const out = {} as ContentDigest;
  for (const group of GROUP_NAMES) {
    if (LATER_GROUPS.has(group) && !holdsRows(db, group)) continue;
    out[group] = group === 'ledger' && reuseLedger ? reuseLedger : digestGroup(db, group);
  }
  return out;
}

const holdsRows = (db: Database.Database, group: DigestGroup): boolean =>
  DIGEST_GROUPS[group].some((table) => hasTable(db, table) && db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1);

/** Stored form: compact JSON in group order (the audit hash covers this exact text). */
export const serializeDigest = (digest: ContentDigest): string =>
  JSON.stringify(Object.fromEntries(GROUP_NAMES.flatMap((g) => (digest[g] ? [[g, digest[g]]] : []))));

export function parseDigest(text: string): ContentDigest | null {
  try {
    const value = JSON.parse(text) as Partial<Record<DigestGroup, Partial<GroupDigest>>>;
    const valid = (g: DigestGroup): boolean =>
      (LATER_GROUPS.has(g) && value[g] === undefined) || (typeof value[g]?.sha256 === 'string' && typeof value[g]?.rows === 'number');
    return GROUP_NAMES.every(valid) ? (value as ContentDigest) : null;
  } catch {
    return null;
  }
}

/** One digest of the whole content, for the manifest and the cover. */
export const digestHash = (digest: ContentDigest): string => createHash('sha256').update(serializeDigest(digest)).digest('hex');

/** Names each group whose rows differ from what was recorded, with the row counts then and now. */
export function changedGroups(recorded: ContentDigest, actual: ContentDigest): string[] {
  return GROUP_NAMES.filter((g) => recorded[g]?.sha256 !== actual[g]?.sha256).map((g) => {
    const [then, now] = [recorded[g]?.rows ?? 0, actual[g]?.rows ?? 0];
    return then === now ? `${g} (${now} rows, content edited)` : `${g} (${then} rows recorded, ${now} now)`;
  });
}
