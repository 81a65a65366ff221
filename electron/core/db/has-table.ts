import type Database from 'better-sqlite3';

/** Whether a case holds a table: a case read without upgrading (verify, export) may be from before the table existed. */
export const hasTable = (db: Database.Database, table: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
