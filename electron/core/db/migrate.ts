import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

/**
 * Brings a case database to the latest schema: each pending migration runs in its own transaction with its
 * user_version bump, so a failure leaves the file at the last good version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  const latest = migrations.length;
  const current = checkSchemaVersion(db, latest);
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${index + 1}`);
  });
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}

/** Throws CASE_TOO_NEW, without writing, when the file's schema is newer than this build knows. */
export function checkSchemaVersion(db: Database.Database, latest: number = allMigrations.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'CASE_TOO_NEW',
      `This case was made by a newer version of Assay (schema ${current}; this version knows up to ${latest}). Update Assay to open it.`,
      { schemaVersion: current, supported: latest },
    );
  }
  return current;
}
