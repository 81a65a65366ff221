import { findingReview, reviewedAt } from '../../review';
import type { ReportSection } from './section';

export const annexSection: ReportSection = {
  id: 'annex',
  title: 'Annex: findings not accepted',
  items: ({ db }) => db.prepare("SELECT count(*) FROM findings WHERE status <> 'accepted'").pluck().get() as number,
  render(w, { db }) {
    const rows = db
      .prepare(`SELECT id, status, severity, title, status_reason AS reason FROM findings WHERE status <> 'accepted'
        ORDER BY CASE status WHEN 'dismissed' THEN 0 ELSE 1 END, id`)
      .all()
      .map((f) => {
        const { id, status, severity, title, reason } = f as { id: number; status: string; severity: string; title: string; reason: string | null };
        const review = findingReview(db, id, status, reason);
        const by = status === 'new' ? 'not reviewed' : review.reviewer ? `${review.reviewer}, ${reviewedAt(review)}` : 'not recorded in the audit log';
        return [String(id), status, `[${severity}] ${title}`, review.reason?.trim() || (status === 'new' ? '' : 'none given'), by];
      });
    w.beginSection(this.id, this.title, rows);
    w.paragraph('Findings the examiner dismissed, with who dismissed them, when and why, and findings not yet reviewed. ' +
      'They are disclosed here for completeness; details are in csv/findings.csv.');
    if (rows.length === 0) w.paragraph('None.');
    else
      w.table(
        [
          { header: '#', width: 0.06, kind: 'text' },
          { header: 'Status', width: 0.1, kind: 'text' },
          { header: 'Finding', width: 0.27, kind: 'text' },
          { header: 'Reason', width: 0.35, kind: 'text' },
          { header: 'Reviewed by, when', width: 0.22, kind: 'text' },
        ],
        rows,
      );
  },
};
