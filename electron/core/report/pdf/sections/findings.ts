import { coin, utc, utcShort } from '../../amounts';
import { SEVERITY_RANK, type FindingRow as StoredFinding } from '../../../analysis/findings/finding-store';
import { figureForTxids } from '../../figure/subgraph';
import { figureHeight, figureSvg } from '../../figure/svg';
import { flatten, parseStored } from '../../report-context';
import { TEXT_WIDTH } from '../pdf-writer';
import { findingReview, reviewSentence } from '../../review';
import { citedTransactions } from './finding-refs';
import type { ReportSection } from './section';

type FindingRow = Pick<StoredFinding, 'id' | 'detector' | 'severity' | 'title' | 'explanation' | 'subjects' | 'evidence' | 'params' | 'first_time' | 'last_time' | 'status' | 'status_reason'>;

// The tallest figure still fits on one page below its heading and facts (A4 less margins is 722 pt).
const FIGURE_HEIGHT = { min: 200, max: 440 };

/** Amount fields are base units: shown with the coin value too when every cited transaction is on one chain. */
function withCoin(key: string, value: string, chain: string | undefined): string {
  return chain && /amount|value|deposit|payout|total/i.test(key) && /^-?\d+$/.test(value) ? `${value} (${coin(value, chain)})` : value;
}

/** Room for a finding's heading, facts table and a few lines of explanation above its figure. */
const FINDING_HEAD_HEIGHT = 170;

export const findingsSection: ReportSection = {
  id: 'findings',
  title: 'Findings',
  items: ({ db }) => db.prepare("SELECT count(*) FROM findings WHERE status = 'accepted'").pluck().get() as number,
  render(w, ctx) {
    const rows = ctx.db
      .prepare(`SELECT id, detector, severity, title, explanation, subjects, evidence, params, first_time, last_time, status, status_reason
        FROM findings WHERE status = 'accepted'
        ORDER BY ${SEVERITY_RANK}, id`)
      .all() as FindingRow[];
    w.beginSection(this.id, this.title, rows);
    w.paragraph('Findings the examiner accepted. Each shows the transactions it rests on as a figure (inputs on the left, ' +
      'time running left to right), its evidence as recorded by the detector, and the transactions in full.');
    if (rows.length === 0) w.paragraph('No finding has been accepted.');
    for (const f of rows) {
      const subjects = parseStored(f.subjects);
      const evidence = parseStored(f.evidence);
      const txs = citedTransactions(ctx.db, subjects, evidence);
      const figure = txs.length > 0 ? figureForTxids(ctx.db, txs) : null;
      const height = figure ? figureHeight(figure, FIGURE_HEIGHT.min, FIGURE_HEIGHT.max) : 0;
      // A finding starts on a fresh page when its heading, facts and figure would not fit together.
      w.ensureSpace(height + FINDING_HEAD_HEIGHT);
      w.subsection(`Finding ${f.id}: ${f.title}`);
      w.fields([
        ['Severity', f.severity],
        ['Detector', f.detector],
        ['Period', `${utc(f.first_time)} to ${utc(f.last_time)}`],
        ['Parameters', f.params],
      ]);
      w.paragraph(reviewSentence(findingReview(ctx.db, f.id, f.status, f.status_reason)), { font: 'bold', size: 9 });
      w.paragraph(f.explanation);
      if (figure) {
        w.figure(figureSvg(figure, TEXT_WIDTH, height), height, `Figure: finding ${f.id}. ${figure.note}`);
      }
      w.heading('Subjects and evidence', 3);
      const chains = new Set(txs.map((t) => t.chain));
      const [chain] = chains.size === 1 ? [...chains] : [];
      w.fields([...flatten(subjects, 'subjects'), ...flatten(evidence, 'evidence').map(([k, v]) => [k, withCoin(k, v, chain)] as [string, string])]);
      if (txs.length > 0) {
        w.heading('Transactions', 3);
        w.table(
          [
            { header: 'Time (UTC)', width: 0.2, kind: 'mono' },
            { header: 'Txid', width: 0.56, kind: 'mono' },
            { header: 'Output value', width: 0.24, kind: 'mono', align: 'right' },
          ],
          txs.map((t) => [utcShort(t.time), t.txid, coin(t.value, t.chain)]),
        );
      }
    }
  },
};
