import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { contentDigest, parseDigest, serializeDigest, type ContentDigest } from './content-digest';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: string;
  /** The case's evidence digest after this entry's change (content-digest.ts); null in entries from before schema 5. */
  contentDigest: string | null;
  prevHash: string;
  hash: string;
}

/**
 * The hash of one row: covers its position, content and the previous row's hash; and its content digest where one is
 * recorded: SHA-256(prev_hash + "\n" + JSON [seq, at, actor, action, details(, content_digest)]).
 */
export function auditRowHash(prevHash: string, seq: number, at: string, actor: string, action: string, details: string, digest: string | null): string {
  const fields = digest === null ? [seq, at, actor, action, details] : [seq, at, actor, action, details, digest];
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/** Who acts: the examiner the case names (every connection, the analysis worker's too, answers the same). */
export function defaultActor(db: Database.Database): string {
  const examiner = db.prepare("SELECT value FROM case_meta WHERE key = 'examiner'").pluck().get() as string | undefined;
  return examiner?.trim() || 'analyst';
}

/** A case read without upgrading (read-only, schema < 3) has no digest column: its entries read as digest NULL. */
const digestColumn = (db: Database.Database): string =>
  (db.prepare("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'content_digest'").pluck().get() as number) > 0 ? 'content_digest' : 'NULL';

/** The newest recorded content digest and its entry. */
export function lastRecordedDigest(db: Database.Database): { seq: number; digest: ContentDigest | null } | null {
  const column = digestColumn(db);
  const row = db.prepare(`SELECT seq, ${column} AS d FROM audit_log WHERE ${column} IS NOT NULL ORDER BY seq DESC LIMIT 1`).get() as
    | { seq: number; d: string }
    | undefined;
  return row ? { seq: row.seq, digest: parseDigest(row.d) } : null;
}

export interface AppendOptions {
  actor?: string;
  now?: () => Date;
  /** The change wrote ledger rows (imports): the ledger's digest is recomputed; otherwise the last one carries over. */
  ledgerChanged?: boolean;
}

/** Appends one entry; call inside the transaction of the change, after it, so both land or neither does. */
export function appendAudit(db: Database.Database, action: string, details: Record<string, unknown>, options: AppendOptions = {}): AuditEntry {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = (options.now?.() ?? new Date()).toISOString();
  const actor = options.actor ?? defaultActor(db);
  const detailsJson = JSON.stringify(details);
  const previous = options.ledgerChanged ? null : (lastRecordedDigest(db)?.digest?.ledger ?? null);
  const digest = serializeDigest(contentDigest(db, previous));
  const hash = auditRowHash(prevHash, seq, at, actor, action, detailsJson, digest);
  db.prepare('INSERT INTO audit_log (seq, at, actor, action, details, content_digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    seq,
    at,
    actor,
    action,
    detailsJson,
    digest,
    prevHash,
    hash,
  );
  return { seq, at, actor, action, details: detailsJson, contentDigest: digest, prevHash, hash };
}

export type AuditVerdict = { ok: true; entries: number; head: string } | { ok: false; seq: number; reason: string };

/** Walks the chain from the start; names the first row whose position, link or hash does not hold. */
export function verifyAuditChain(db: Database.Database): AuditVerdict {
  const rows = db
    .prepare(`SELECT seq, at, actor, action, details, ${digestColumn(db)} AS contentDigest, prev_hash AS prevHash, hash FROM audit_log ORDER BY rowid`)
    .iterate() as IterableIterator<AuditEntry>;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return { ok: false, seq: row.seq, reason: `expected entry ${expectedSeq}, found ${row.seq}` };
    if (row.prevHash !== prevHash) return { ok: false, seq: row.seq, reason: 'link to the previous entry is broken' };
    if (auditRowHash(prevHash, row.seq, row.at, row.actor, row.action, row.details, row.contentDigest) !== row.hash) {
      return { ok: false, seq: row.seq, reason: 'entry content does not match its hash' };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: expectedSeq - 1, head: prevHash };
}
