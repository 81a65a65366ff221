import type Database from 'better-sqlite3';

/**
 * The ledger's lookup indexes. None enforces a constraint (the UNIQUE ones stay), and no statement an import runs per
 * row reads them, so a large import may drop them and build them again before it commits.
 */
const LOOKUP_INDEXES = ['transactions_time', 'transactions_block', 'tx_outputs_address', 'tx_inputs_prevout', 'tx_inputs_address', 'transfers_from', 'transfers_to'];

/** An import that has written at least this many transactions, and as many as the case held, is a bulk load. */
export const BULK_MIN_TRANSACTIONS = 10_000;

/**
 * Drops the lookup indexes once an import turns out to be large next to its case, and rebuilds them before it commits.
 * Keyed by random hashes and ids, each row would otherwise insert into every index at a random page; one sorted
 * rebuild costs a fraction of that. It all happens in the import's one transaction: a failed or killed import rolls
 * the drop back with everything else, and a committed one has every index again, rebuilt from the text SQLite kept
 * (so the schema check on open sees the same definitions).
 */
export class BulkIndexes {
  private dropped: { name: string; sql: string }[] = [];
  private done = false;

  constructor(
    private readonly db: Database.Database,
    /** Transactions in the case before the import. */
    private readonly transactionsBefore: number,
    private readonly minTransactions = BULK_MIN_TRANSACTIONS,
  ) {}

  /** Called as transactions land; drops the indexes the first time the import qualifies as a bulk load. */
  written(transactions: number): void {
    if (this.done || transactions < Math.max(this.minTransactions, this.transactionsBefore)) return;
    this.done = true;
    const placeholders = LOOKUP_INDEXES.map(() => '?').join(', ');
    this.dropped = this.db
      .prepare(`SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND name IN (${placeholders})`)
      .all(...LOOKUP_INDEXES) as { name: string; sql: string }[];
    for (const { name } of this.dropped) this.db.exec(`DROP INDEX main."${name}"`);
  }

  /** Builds the dropped indexes again; call before anything reads them and before the import commits. */
  restore(): void {
    for (const { sql } of this.dropped) this.db.exec(sql);
    this.dropped = [];
  }
}
