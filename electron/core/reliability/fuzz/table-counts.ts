import type Database from 'better-sqlite3';

/** Row counts of every table in a case: the before/after picture that proves an import landed whole or not at all. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  // Names come from sqlite_schema itself, quoted as identifiers: nothing outside the database reaches this SQL.
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number]));
}

/** PRAGMA integrity_check and foreign_key_check in one verdict: 'ok' or the first problems found. */
export function databaseHealth(db: Database.Database): string {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreign = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  const problems = [
    ...integrity.filter((r) => r !== 'ok'),
    ...foreign.slice(0, 5).map((f) => `${f.table} row ${f.rowid} points at a missing ${f.parent} row`),
  ];
  return problems.length === 0 ? 'ok' : problems.join('; ');
}
