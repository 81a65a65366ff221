import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: string;
  prevHash: string;
  hash: string;
}

/** The hash of one row: covers its position, content and the previous row's hash. */
export function auditRowHash(prevHash: string, seq: number, at: string, actor: string, action: string, details: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify([seq, at, actor, action, details])).digest('hex');
}

/** Appends one entry; call inside the transaction of the change it records so both land or neither does. */
export function appendAudit(
  db: Database.Database,
  action: string,
  details: Record<string, unknown>,
  options: { actor?: string; now?: () => Date } = {},
): AuditEntry {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = (options.now?.() ?? new Date()).toISOString();
  const actor = options.actor ?? 'analyst';
  const detailsJson = JSON.stringify(details);
  const hash = auditRowHash(prevHash, seq, at, actor, action, detailsJson);
  db.prepare('INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    seq,
    at,
    actor,
    action,
    detailsJson,
    prevHash,
    hash,
  );
  return { seq, at, actor, action, details: detailsJson, prevHash, hash };
}

export type AuditVerdict = { ok: true; entries: number; head: string } | { ok: false; seq: number; reason: string };

/** Walks the chain from the start; names the first row whose position, link or hash does not hold. */
export function verifyAuditChain(db: Database.Database): AuditVerdict {
  const rows = db
    .prepare('SELECT seq, at, actor, action, details, prev_hash AS prevHash, hash FROM audit_log ORDER BY rowid')
    .iterate() as IterableIterator<AuditEntry>;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return { ok: false, seq: row.seq, reason: `expected entry ${expectedSeq}, found ${row.seq}` };
    if (row.prevHash !== prevHash) return { ok: false, seq: row.seq, reason: 'link to the previous entry is broken' };
    if (auditRowHash(prevHash, row.seq, row.at, row.actor, row.action, row.details) !== row.hash) {
      return { ok: false, seq: row.seq, reason: 'entry content does not match its hash' };
    }
    prevHash = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: expectedSeq - 1, head: prevHash };
}
