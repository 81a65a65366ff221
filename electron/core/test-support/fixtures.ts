import fs from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read-only reference data beside the repository (../shared/data). */
export const SHARED_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');

export const fixture = (...parts: string[]): string => path.join(SHARED_DATA, ...parts);

export const BLOCK_50001 = fixture(
  'bitcoin-etl-fixtures/bitcoin/block_with_transactions/rpc_response_getblock_000000001c920d495e1eeef2452b6d1c6c229a919b28196c103ecffebabee141_2.json',
);
export const BLOCK_50002 = fixture(
  'bitcoin-etl-fixtures/bitcoin/block_with_transactions/rpc_response_getblock_000000002066d7f9b134c30b5005b7bf5fbfa52f279883f1fde793dcdc964266_2.json',
);

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'assay-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** An empty SQLite file with foreign keys on, for migration tests; closed and removed by the returned cleanup. */
export function scratchDatabase(): { db: Database.Database; cleanup: () => void } {
  const tmp = tempDir();
  const db = new Database(path.join(tmp.dir, 'm.assay'));
  db.pragma('foreign_keys = ON');
  return {
    db,
    cleanup: () => {
      db.close();
      tmp.cleanup();
    },
  };
}
