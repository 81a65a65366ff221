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
