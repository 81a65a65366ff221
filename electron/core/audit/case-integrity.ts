import type Database from 'better-sqlite3';
import { lastRecordedDigest, verifyAuditChain } from './audit-log';
import { alteredDocument } from '../documents/document-store';
import { changedGroups, contentDigest, digestHash } from './content-digest';

export type CaseIntegrity =
  | { ok: true; entries: number; head: string; /** digestHash of the content now (equal to the last recorded one). */ contentDigest: string; digestSince: number | null }
  | { ok: false; item: string; reason: string };

/**
 * The audit chain holds, and the evidence tables are what its newest entry recorded: anything else was changed outside
 * Assay (sqlite3 on the file) and is named by group, as is a stored document whose bytes no longer hash to its
 * recorded SHA-256. Cases from before schema 5 have no digest until their next change.
 */
export function checkCaseIntegrity(db: Database.Database): CaseIntegrity {
  const chain = verifyAuditChain(db);
  if (!chain.ok) return { ok: false, item: `audit entry ${chain.seq}`, reason: chain.reason };
  const last = lastRecordedDigest(db);
  const actual = contentDigest(db);
  if (last && !last.digest) return { ok: false, item: `audit entry ${last.seq}`, reason: 'its content digest cannot be read' };
  if (last?.digest) {
    const changed = changedGroups(last.digest, actual);
    if (changed.length > 0) {
      return { ok: false, item: 'case content', reason: `changed outside Assay after audit entry ${last.seq} (no audit entry records it): ${changed.join('; ')}` };
    }
  }
  const altered = alteredDocument(db);
  if (altered) {
    return { ok: false, item: `document ${altered.id} (${altered.fileName})`, reason: 'its stored bytes do not match the SHA-256 recorded for it: changed outside Assay' };
  }
  return { ok: true, entries: chain.entries, head: chain.head, contentDigest: digestHash(actual), digestSince: last?.seq ?? null };
}
