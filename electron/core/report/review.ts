import type Database from 'better-sqlite3';
import { readableUtc } from '../../../shared/readable-time';

/** Who decided a finding's status, when and why: the newest finding.status entry of the audit log (the record of it). */
export interface FindingReview {
  status: string;
  reviewer: string | null;
  at: string | null;
  reason: string | null;
}

/** When the finding was decided, as the exhibit's prose states times; '?' when the audit log does not say. */
export const reviewedAt = (r: FindingReview): string => (r.at === null ? '?' : readableUtc(r.at));

export function findingReview(db: Database.Database, id: number, status: string, storedReason: string | null): FindingReview {
  const entry = db
    .prepare(`SELECT actor, at, json_extract(details, '$.reason') AS reason FROM audit_log
      WHERE action = 'finding.status' AND json_extract(details, '$.id') = ? ORDER BY seq DESC LIMIT 1`)
    .get(id) as { actor: string; at: string; reason: string | null } | undefined;
  return { status, reviewer: entry?.actor ?? null, at: entry?.at ?? null, reason: storedReason ?? entry?.reason ?? null };
}

/** One sentence for a finding page: "Accepted by J. Doe on 2026-03-01 10:00 UTC. Reason: …" */
export function reviewSentence(r: FindingReview): string {
  if (r.status === 'new') return 'Not reviewed: the examiner has neither accepted nor dismissed this finding.';
  const verb = r.status === 'accepted' ? 'Accepted' : 'Dismissed';
  const who = r.reviewer ? ` by ${r.reviewer} on ${reviewedAt(r)}` : ' (the audit log holds no record of who decided it or when)';
  return `${verb}${who}. Reason: ${r.reason?.trim() || 'none given'}.`;
}

/** A report is FINAL when every finding was reviewed; otherwise DRAFT, naming the findings still open. */
export interface ReportMarking {
  final: boolean;
  unreviewed: { id: number; title: string }[];
}

export function reportMarking(db: Database.Database): ReportMarking {
  const unreviewed = db.prepare("SELECT id, title FROM findings WHERE status = 'new' ORDER BY id").all() as { id: number; title: string }[];
  return { final: unreviewed.length === 0, unreviewed };
}

const LISTED = 12;

export function draftWarning(m: ReportMarking): string {
  const listed = m.unreviewed.slice(0, LISTED).map((f) => `#${f.id} ${f.title}`).join('; ');
  const more = m.unreviewed.length > LISTED ? `; and ${m.unreviewed.length - LISTED} more` : '';
  return `DRAFT: ${m.unreviewed.length} finding${m.unreviewed.length === 1 ? ' is' : 's are'} not yet reviewed by the examiner: ${listed}${more}. A report is FINAL once every finding is accepted or dismissed.`;
}
