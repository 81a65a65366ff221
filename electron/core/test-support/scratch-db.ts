import type Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { scratchDatabase } from './fixtures';

/** Registers hooks giving each test an empty SQLite file (foreign keys on); `db` is the current test's. */
export function useScratchDatabase(): { readonly db: Database.Database } {
  let scratch: ReturnType<typeof scratchDatabase> | undefined;
  beforeEach(() => {
    scratch = scratchDatabase();
  });
  afterEach(() => scratch?.cleanup());
  return {
    get db() {
      if (!scratch) throw new Error('useScratchDatabase: no test is running');
      return scratch.db;
    },
  };
}
