import { utc } from '../../amounts';
import { countRows } from '../../report-context';
import type { ReportSection } from './section';

export const summarySection: ReportSection = {
  id: 'summary',
  title: 'Executive summary',
  items: () => 1,
  render(w, { db }) {
    const span = db.prepare('SELECT min(block_time) AS first, max(block_time) AS last FROM transactions').get() as { first: number | null; last: number | null };
    const byStatus = db.prepare('SELECT status, count(*) AS n FROM findings GROUP BY status ORDER BY status').all() as { status: string; n: number }[];
    const accepted = db
      .prepare(`SELECT title, severity FROM findings WHERE status = 'accepted'
        ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END, id`)
      .all() as { title: string; severity: string }[];
    const counts: [string, string][] = [
      ['Transactions', String(countRows(db, 'transactions'))],
      ['Addresses', String(countRows(db, 'addresses'))],
      ['Attribution tags', String(countRows(db, 'tags'))],
      ['Imported sources', String(countRows(db, 'sources'))],
      ['Annotations', String(countRows(db, 'annotations'))],
      ['Off-chain links', String(countRows(db, 'offchain_links'))],
      ['Findings', byStatus.map((s) => `${s.n} ${s.status}`).join(', ') || 'none'],
      ['Period covered by the data', `${utc(span.first)} to ${utc(span.last)}`],
    ];
    w.beginSection(this.id, this.title, { counts, accepted });
    w.fields(counts);
    w.heading('Accepted findings', 2);
    if (accepted.length === 0) w.paragraph('No finding has been accepted by the examiner.');
    else w.table([{ header: 'Severity', width: 0.15, kind: 'text' }, { header: 'Finding', width: 0.85, kind: 'text' }], accepted.map((f) => [f.severity, f.title]));
  },
};
