import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { CaseHeader, type CaseInfo } from '../../../shared/domain/case';
import { appendAudit } from '../audit/audit-log';
import { APP_VERSION } from '../app-version';
import { createDatabase, openDatabase } from '../db/open-database';
import { loadReferenceData } from '../reference/load-reference';
import { CaseLock } from './case-lock';

/** An open case: one SQLite file and its metadata. */
export class CaseFile {
  private constructor(
    readonly db: Database.Database,
    readonly filePath: string,
    private readonly lock: CaseLock | null,
  ) {}

  static create(filePath: string, header: CaseHeader, now: Date = new Date()): CaseFile {
    const parsed = CaseHeader.parse(header);
    const lock = CaseLock.acquire(filePath);
    const db = withLock(lock, () => createDatabase(filePath));
    const meta: Record<string, string> = {
      case_id: randomUUID(),
      title: parsed.title,
      examiner: parsed.examiner,
      case_number: parsed.caseNumber,
      agency: parsed.agency,
      created_at: now.toISOString(),
      created_with: APP_VERSION,
    };
    db.transaction(() => {
      const put = db.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)');
      for (const [key, value] of Object.entries(meta)) put.run(key, value);
      loadReferenceData(db, () => now);
      // After the reference data, so the entry's content digest covers the case as created.
      appendAudit(db, 'case.create', { title: parsed.title, caseNumber: parsed.caseNumber, appVersion: APP_VERSION }, { now: () => now, ledgerChanged: true });
    })();
    return new CaseFile(db, filePath, lock);
  }

  /** A writable open takes the case's lock, so a second instance is refused; a read-only open needs none. */
  static open(filePath: string, options: { readonly?: boolean } = {}): CaseFile {
    const lock = options.readonly ? null : CaseLock.acquire(filePath);
    return new CaseFile(withLock(lock, () => openDatabase(filePath, options)), filePath, lock);
  }

  /** The lock file this open holds (none when read-only). */
  get lockPath(): string | null {
    return this.lock?.lockPath ?? null;
  }

  meta(key: string): string {
    const row = this.db.prepare('SELECT value FROM case_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? '';
  }

  get caseId(): string {
    return this.meta('case_id');
  }

  info(location: string): CaseInfo {
    const count = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      caseId: this.caseId,
      title: this.meta('title'),
      examiner: this.meta('examiner'),
      caseNumber: this.meta('case_number'),
      agency: this.meta('agency'),
      createdAt: this.meta('created_at'),
      location,
      fileName: path.basename(this.filePath),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      appVersion: APP_VERSION,
      counts: {
        transactions: count('transactions'),
        addresses: count('addresses'),
        sources: count('sources'),
        tags: count('tags'),
      },
    };
  }

  close(): void {
    if (this.db.open) {
      // Fold the WAL back into the main file so a closed case is one self-contained file.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
    this.lock?.release();
  }
}

/** Releases the lock when the open fails, so a refused file stays openable once fixed. */
function withLock<T>(lock: CaseLock | null, open: () => T): T {
  try {
    return open();
  } catch (error) {
    lock?.release();
    throw error;
  }
}
