import { isoSeconds } from '../../amounts';
import { flatten, parseStored } from '../../report-context';
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
      .prepare(`SELECT seq, at, actor, action, details, hash FROM audit_log WHERE seq <= ? OR seq > ? ORDER BY seq`)
      .raw(true)
      .all(HEAD_ROWS, total - TAIL_ROWS) as (string | number)[][];
    w.beginSection(this.id, this.title, { verdict, rows });
    w.paragraph(
      'Every change to the case, every trace run and every export is appended to an audit log, under the name of the ' +
        'examiner who made it; each entry carries the SHA-256 of the previous one and a digest of the evidence tables. ' +
        `The log has ${total} entries; the first ${HEAD_ROWS} and the last ${TAIL_ROWS} are shown, csv/audit_log.csv holds all.`,
    );
    w.fields([
      ['Chain check at export', verdict.ok ? `intact (${verdict.entries} entries)` : `BROKEN at entry ${verdict.seq}: ${verdict.reason}`],
      ['Head hash', verdict.ok ? verdict.head : '—'],
    ]);
    w.table(
      [
        { header: '#', width: 0.06, kind: 'text' },
        { header: 'Time (UTC)', width: 0.17, kind: 'text' },
        { header: 'Examiner', width: 0.11, kind: 'text' },
        { header: 'Action', width: 0.13, kind: 'text' },
        { header: 'Details', width: 0.53, kind: 'text' },
        { header: 'Hash', width: 0, kind: 'mono', line: true },
      ],
      // Details as "key: value" words rather than JSON, so the hashes inside are words a line can keep whole.
      rows.map(([seq, at, actor, action, details, hash]) => [String(seq), isoSeconds(String(at)), String(actor), String(action),
        flatten(parseStored(String(details))).map(([k, v]) => `${k}: ${v}`).join(' · '), String(hash)]),
    );
  },
};
