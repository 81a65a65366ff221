import type Database from 'better-sqlite3';

const ROWS_PER_STATEMENT = 200;

/**
 * Inserts many rows with multi-row VALUES statements: one call into SQLite per 200 rows instead of per row, which is
 * what a million cluster-membership rows cost. `table` and `columns` are constants of the caller, never user input.
 */
export class BatchInsert {
  private readonly full;
  private readonly buffer: unknown[] = [];

  constructor(
    private readonly db: Database.Database,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.full = db.prepare(this.sql(ROWS_PER_STATEMENT));
  }

  private sql(rows: number): string {
    const row = `(${this.columns.map(() => '?').join(', ')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
  }

  add(...values: unknown[]): void {
    this.buffer.push(...values);
    if (this.buffer.length === ROWS_PER_STATEMENT * this.columns.length) {
      this.full.run(this.buffer);
      this.buffer.length = 0;
    }
  }

  flush(): void {
    const rows = this.buffer.length / this.columns.length;
    if (rows > 0) this.db.prepare(this.sql(rows)).run(this.buffer);
    this.buffer.length = 0;
  }
}

/**
 * Runs `work`, which opens its own transaction, with foreign-key checks off: analysis rewrites millions of rows whose
 * references are ids it just read from the ledger, and checking each one again costs seconds on a 1M case. The pragma
 * does nothing inside a transaction, so inside one this only runs `work`; the previous setting is always restored.
 */
export function withoutReferenceChecks<T>(db: Database.Database, work: () => T): T {
  if (db.inTransaction) return work();
  const enabled = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    return work();
  } finally {
    if (enabled) db.pragma('foreign_keys = ON');
  }
}
