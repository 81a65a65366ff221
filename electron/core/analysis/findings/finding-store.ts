import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { Finding, FindingSubject } from '../../../../shared/domain/analysis';
import { appendAudit } from '../../audit/audit-log';

/** A finding as a detector produces it; `key` names what it is about, so the same fact keeps the same fingerprint. */
export interface FindingDraft {
  detector: string;
  key: string;
  severity: Finding['severity'];
  title: string;
  explanation: string;
  subjects: FindingSubject[];
  evidenceTxids: string[];
  amounts: Record<string, string>;
  firstTime: number | null;
  lastTime: number | null;
  params: Record<string, unknown>;
}

/** SQL ordering findings strongest first; the report orders its sections the same way. */
export const SEVERITY_RANK = "CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END";

export const fingerprintOf = (detector: string, key: string): string => createHash('sha256').update(`${detector}\n${key}`).digest('hex');

/**
 * Upserts findings by fingerprint: a re-run refreshes the text and evidence but never the analyst's status. Findings
 * of the detectors that ran and no longer hold are removed unless the analyst already decided on them.
 */
export function saveFindings(db: Database.Database, drafts: FindingDraft[], detectors: readonly string[], now: string): { current: number; removed: number } {
  const upsert = db.prepare(`INSERT INTO findings (detector, fingerprint, severity, title, explanation, subjects, evidence, params,
      first_time, last_time, created_at, updated_at)
    VALUES (@detector, @fingerprint, @severity, @title, @explanation, @subjects, @evidence, @params, @firstTime, @lastTime, @now, @now)
    ON CONFLICT (fingerprint) DO UPDATE SET severity = excluded.severity, title = excluded.title, explanation = excluded.explanation,
      subjects = excluded.subjects, evidence = excluded.evidence, params = excluded.params, first_time = excluded.first_time,
      last_time = excluded.last_time, updated_at = excluded.updated_at`);
  const fingerprints = new Set<string>();
  for (const d of drafts) {
    const fingerprint = fingerprintOf(d.detector, d.key);
    if (fingerprints.has(fingerprint)) continue;
    fingerprints.add(fingerprint);
    upsert.run({
      detector: d.detector,
      fingerprint,
      severity: d.severity,
      title: d.title,
      explanation: d.explanation,
      subjects: JSON.stringify(d.subjects),
      evidence: JSON.stringify({ txids: d.evidenceTxids, amounts: d.amounts }),
      params: JSON.stringify(d.params),
      firstTime: d.firstTime,
      lastTime: d.lastTime,
      now,
    });
  }
  let removed = 0;
  const stale = db.prepare(`SELECT id, fingerprint FROM findings WHERE detector = ? AND status = 'new'`);
  const remove = db.prepare('DELETE FROM findings WHERE id = ?');
  for (const detector of detectors) {
    for (const row of stale.all(detector) as { id: number; fingerprint: string }[]) {
      if (!fingerprints.has(row.fingerprint)) removed += remove.run(row.id).changes;
    }
  }
  return { current: fingerprints.size, removed };
}

/** A row of the findings table as SQLite returns it (JSON columns still text). */
export interface FindingRow {
  id: number;
  detector: string;
  fingerprint: string;
  severity: Finding['severity'];
  title: string;
  explanation: string;
  subjects: string;
  evidence: string;
  params: string;
  first_time: number | null;
  last_time: number | null;
  status: Finding['status'];
  status_reason: string | null;
}

const toFinding = (r: FindingRow): Finding => {
  const evidence = JSON.parse(r.evidence) as { txids: string[]; amounts: Record<string, string> };
  return {
    id: r.id,
    detector: r.detector,
    fingerprint: r.fingerprint,
    severity: r.severity,
    title: r.title,
    explanation: r.explanation,
    subjects: JSON.parse(r.subjects) as FindingSubject[],
    evidenceTxids: evidence.txids,
    amounts: evidence.amounts,
    firstTime: r.first_time,
    lastTime: r.last_time,
    params: JSON.parse(r.params) as Record<string, unknown>,
    status: r.status,
    statusReason: r.status_reason,
  };
};

export function listFindings(db: Database.Database, filter: { detector?: string | undefined; status?: Finding['status'] | undefined; limit: number }): Finding[] {
  const rows = db
    .prepare(`SELECT * FROM findings WHERE (@detector IS NULL OR detector = @detector) AND (@status IS NULL OR status = @status)
      ORDER BY ${SEVERITY_RANK}, detector, id LIMIT @limit`)
    .all({ detector: filter.detector ?? null, status: filter.status ?? null, limit: filter.limit }) as FindingRow[];
  return rows.map(toFinding);
}

/** One finding by id; NOT_FOUND when the case has none. */
export function getFinding(db: Database.Database, id: number): Finding {
  const row = db.prepare('SELECT * FROM findings WHERE id = ?').get(id) as FindingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No finding ${id} in this case.`, { field: 'id' });
  return toFinding(row);
}

export function setFindingStatus(db: Database.Database, id: number, status: Finding['status'], reason: string | undefined, now: string): Finding {
  return db.transaction(() => {
    const info = db
      .prepare('UPDATE findings SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?')
      .run(status, status === 'new' ? null : (reason?.trim() || null), now, id);
    if (info.changes === 0) throw new AppError('NOT_FOUND', `No finding ${id} in this case.`, { field: 'id' });
    // The audit entry records the same instant as the finding's updated_at: the exhibit states it as the review time.
    appendAudit(db, 'finding.status', { id, status, reason: reason ?? null }, { now: () => new Date(now) });
    return getFinding(db, id);
  })();
}
