import type { ReportSection } from './section';

export const annexSection: ReportSection = {
  id: 'annex',
  title: 'Annex: findings not accepted',
  items: ({ db }) => db.prepare("SELECT count(*) FROM findings WHERE status <> 'accepted'").pluck().get() as number,
  render(w, { db }) {
    const rows = db
      .prepare(`SELECT id, status, severity, title, coalesce(status_reason, '') FROM findings WHERE status <> 'accepted'
        ORDER BY CASE status WHEN 'dismissed' THEN 0 ELSE 1 END, id`)
      .raw(true)
      .all() as (string | number)[][];
    w.beginSection(this.id, this.title, rows);
    w.paragraph('Findings the examiner dismissed, with the reason given, and findings not yet reviewed. They are disclosed ' +
      'here for completeness; details are in csv/findings.csv.');
    if (rows.length === 0) w.paragraph('None.');
    else
      w.table(
        [
          { header: '#', width: 0.06, kind: 'text' },
          { header: 'Status', width: 0.11, kind: 'text' },
          { header: 'Severity', width: 0.1, kind: 'text' },
          { header: 'Finding', width: 0.4, kind: 'text' },
          { header: 'Reason', width: 0.33, kind: 'text' },
        ],
        rows.map((r) => r.map(String)),
      );
  },
};
