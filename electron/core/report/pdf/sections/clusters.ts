import { hasTable } from '../../../db/has-table';
import type { ReportSection } from './section';

export const clustersSection: ReportSection = {
  id: 'clusters',
  title: 'Clusters',
  items: ({ db }) => (hasTable(db, 'clusters') ? (db.prepare('SELECT count(*) FROM clusters').pluck().get() as number) : 0),
  render(w, { db, maxTableRows }) {
    if (!hasTable(db, 'clusters')) {
      w.beginSection(this.id, this.title, null);
      w.paragraph('This case has no clustering data (its schema predates the analysis engine).');
      return;
    }
    const evidence = db
      .prepare('SELECT heuristic, merged, count(*), min(confidence), max(confidence) FROM cluster_evidence GROUP BY heuristic, merged ORDER BY heuristic, merged')
      .raw(true)
      .all() as (string | number)[][];
    const total = db.prepare('SELECT count(*) FROM clusters').pluck().get() as number;
    const rows = db
      .prepare(`SELECT id, size, coalesce(label, ''), coalesce(label_category, ''), conflicts FROM clusters ORDER BY size DESC, id LIMIT ?`)
      .raw(true)
      .all(maxTableRows) as (string | number)[][];
    w.beginSection(this.id, this.title, { evidence, rows });
    w.paragraph('Addresses grouped as probably controlled by one owner. Every merge keeps its evidence (heuristic, transaction, ' +
      'confidence) in csv/cluster_evidence.csv; csv/cluster_members.csv lists the members of each cluster.');
    w.heading('Evidence by heuristic', 2);
    if (evidence.length === 0) w.paragraph('Clustering has not been run.');
    else
      w.table(
        [
          { header: 'Heuristic', width: 0.4, kind: 'text' },
          { header: 'Use', width: 0.2, kind: 'text' },
          { header: 'Results', width: 0.2, kind: 'text', align: 'right' },
          { header: 'Confidence', width: 0.2, kind: 'text', align: 'right' },
        ],
        evidence.map(([h, merged, n, lo, hi]) => [String(h), merged ? 'merged' : 'evidence only', String(n), lo === hi ? String(lo) : `${lo}-${hi}`]),
      );
    w.heading('Largest clusters', 2);
    w.note(rows.length < total ? `Showing ${rows.length} of ${total} clusters; csv/clusters.csv holds all.` : `${total} clusters.`);
    if (rows.length > 0)
      w.table(
        [
          { header: 'Cluster', width: 0.12, kind: 'mono' },
          { header: 'Addresses', width: 0.12, kind: 'mono', align: 'right' },
          { header: 'Label', width: 0.3, kind: 'text' },
          { header: 'Category', width: 0.18, kind: 'text' },
          { header: 'Conflicting tags', width: 0.28, kind: 'text' },
        ],
        rows.map(([id, size, label, category, conflicts]) => [String(id), String(size), String(label), String(category), conflicts === '[]' ? '' : String(conflicts)]),
      );
  },
};
