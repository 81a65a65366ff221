import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { backupBeforeMigration } from '../case/backup';
import { createPrivateFile } from '../case/private-file';
import { checkSchemaVersion, migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { checkSchema } from './schema-check';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Marks a SQLite file as an Assay case ("ASSY"), so a random database is not mistaken for one. */
export const ASSAY_APPLICATION_ID = 0x41535359;

/**
 * Every connection to a case: defensive mode (no writes to the schema through pragmas, no corrupting tricks) and
 * trusted_schema off, so functions with side effects cannot run from a view, trigger or index the file carries.
 */
export function hardenConnection(db: Database.Database): Database.Database {
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  return db;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 2000');
}

/**
 * A second connection to a case this process already opened (and so checked, migrated and locked): for work moved
 * off the main thread, which writes through SQLite's own locking while the session queues its other writers.
 */
export function openSecondConnection(file: string): Database.Database {
  const db = hardenConnection(new Database(file, { fileMustExist: true }));
  applyPragmas(db);
  // Waits out a reader checkpointing or the UI's short reads instead of failing on the first busy answer.
  db.pragma('busy_timeout = 15000');
  return db;
}

/** Creates a new case database; refuses to touch an existing file. */
export function createDatabase(file: string): Database.Database {
  if (fs.existsSync(file)) throw new AppError('CASE_INVALID', 'A file already exists at this location.', { file });
  createPrivateFile(file);
  const db = hardenConnection(new Database(file));
  try {
    applyPragmas(db);
    db.pragma(`application_id = ${ASSAY_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    fs.rmSync(file, { force: true });
    throw error;
  }
}

/** Opens an existing case, checking it is one before writing anything to it. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Database.Database {
  checkLooksLikeCase(file);
  let db: Database.Database;
  try {
    db = hardenConnection(new Database(file, { fileMustExist: true, readonly: options.readonly ?? false }));
  } catch {
    throw new AppError('CASE_INVALID', 'The file could not be opened as a case.', { file });
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== ASSAY_APPLICATION_ID) throw new AppError('CASE_INVALID', 'This SQLite file is not an Assay case.');
    // Refuses a newer schema (leaving the file untouched), then anything the migrations did not create.
    checkSchema(db, checkSchemaVersion(db));
    const integrity = db.pragma('quick_check', { simple: true }) as string;
    if (integrity !== 'ok') throw new AppError('CASE_INVALID', `The case file is damaged: ${integrity}`);
    if (!options.readonly) {
      // Refuse newer schemas before switching journal mode, so a too-new file is left untouched.
      migrateChecked(db, file);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw new AppError('CASE_INVALID', 'The case file is damaged or not a case.');
  }
}

function migrateChecked(db: Database.Database, file: string): void {
  const version = checkSchemaVersion(db);
  // An upgrade cannot be undone: keep the case as it was, next to it, before the first migration touches it.
  if (version > 0 && version < LATEST_SCHEMA_VERSION) backupBeforeMigration(db, file, version);
  applyPragmas(db);
  migrate(db);
}

function checkLooksLikeCase(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'No case file at this location.', { file });
  }
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppError('CASE_INVALID', 'This file is not an Assay case (it is not a SQLite database).', { file });
    }
  } finally {
    fs.closeSync(fd);
  }
}
