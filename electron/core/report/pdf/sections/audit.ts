import { verifyAuditChain } from '../../../audit/audit-log';
import type { ReportSection } from './section';

const HEAD_ROWS = 10;
const TAIL_ROWS = 40;

export const auditSection: ReportSection = {
  id: 'audit',
  title: 'Audit log (excerpt)',
  items: ({ db }) => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
  render(w, { db }) {
    const verdict = verifyAuditChain(db);
    const total = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const rows = db
      .prepare(`SELECT seq, at, action, details, hash FROM audit_log WHERE seq <= ? OR seq > ? ORDER BY seq`)
      .raw(true)
      .all(HEAD_ROWS, total - TAIL_ROWS) as (string | number)[][];
    w.beginSection(this.id, this.title, { verdict, rows });
    w.paragraph(
      'Every change to the case is appended to an audit log in which each entry carries the SHA-256 of the previous one. ' +
        `The log has ${total} entries; the first ${HEAD_ROWS} and the last ${TAIL_ROWS} are shown, csv/audit_log.csv holds all.`,
    );
    w.fields([
      ['Chain check at export', verdict.ok ? `intact (${verdict.entries} entries)` : `BROKEN at entry ${verdict.seq}: ${verdict.reason}`],
      ['Head hash', verdict.ok ? verdict.head : '—'],
    ]);
    w.table(
      [
        { header: '#', width: 0.06, kind: 'text' },
        { header: 'Time (UTC)', width: 0.2, kind: 'text' },
        { header: 'Action', width: 0.12, kind: 'text' },
        { header: 'Details', width: 0.38, kind: 'text' },
        { header: 'Hash', width: 0.24, kind: 'mono' },
      ],
      rows.map((r) => r.map(String)),
    );
  },
};
