import { describeParameters } from '../../../../../shared/domain/describe-parameters';
import { coin, utc } from '../../amounts';
import { SEVERITY_RANK, type FindingRow as StoredFinding } from '../../../analysis/findings/finding-store';
import { fiatAt } from '../../fiat-at';
import { parseStored } from '../../report-context';
import { amountName, findingExhibit } from './finding-exhibit';
import { findingReview, reviewSentence } from '../../review';
import { supportingDocuments } from './documents';
import { citedTransactions } from './finding-refs';
import type { ReportSection } from './section';

type FindingRow = Pick<StoredFinding, 'id' | 'detector' | 'severity' | 'title' | 'explanation' | 'subjects' | 'evidence' | 'params' | 'first_time' | 'last_time' | 'status' | 'status_reason'>;

const paramsOf = (text: string): Record<string, unknown> => {
  const parsed = parseStored(text);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { parameters: parsed };
};

/** Room for a finding's heading, facts table and a few lines of explanation above its figure. */
const FINDING_HEAD_HEIGHT = 200;

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
    w.paragraph('Findings the examiner accepted. Each shows its path as a figure: lanes from the source of the funds on the ' +
      'left to where they ended on the right, transactions as squares with their amount and date, off-chain links dashed. ' +
      'Then its subjects, the amounts the detector recorded and the transactions in full.');
    if (rows.length === 0) w.paragraph('No finding has been accepted.');
    const fiat = fiatAt(ctx.db);
    for (const f of rows) {
      const subjects = parseStored(f.subjects);
      const evidence = parseStored(f.evidence) as { amounts?: Record<string, string> } | null;
      const txs = citedTransactions(ctx.db, subjects, evidence);
      const exhibit = findingExhibit(ctx.db, f.id);
      // A finding starts on a fresh page when its heading, facts and figure would not fit together.
      w.ensureSpace(exhibit.figure.height + FINDING_HEAD_HEIGHT);
      w.subsection(`Finding ${f.id}: ${f.title}`);
      w.fields([
        ['Severity', f.severity],
        ['Detector', f.detector],
        ['Period', `${utc(f.first_time)} to ${utc(f.last_time)}`],
        ['Parameters', describeParameters(paramsOf(f.params))],
      ]);
      w.paragraph(f.explanation);
      w.figure(exhibit.svg, exhibit.figure.height, `Figure: finding ${f.id}. ${exhibit.caption}`);
      // The review (who accepted it, when, why) below the figure, so the heading, facts and figure stay on one page.
      w.paragraph(reviewSentence(findingReview(ctx.db, f.id, f.status, f.status_reason)), { font: 'bold', size: 9 });
      const documents = supportingDocuments(ctx.db, f.id);
      if (documents) w.paragraph(documents);
      w.heading('Subjects and evidence', 3);
      w.table(
        [
          { header: 'Role', width: 0.2, kind: 'text' },
          { header: '', width: 0, kind: 'mono', line: true },
          { header: 'Label (source)', width: 0.4, kind: 'text' },
          { header: 'Amount', width: 0.2, kind: 'text', align: 'right' },
          { header: 'Time (UTC)', width: 0.2, kind: 'text' },
        ],
        exhibit.subjects,
      );
      const chains = new Set(txs.map((t) => t.chain));
      const [chain] = chains.size === 1 ? [...chains] : ['BTC'];
      const amounts = Object.entries(evidence?.amounts ?? {});
      // Fiat beside an amount: at the finding's latest transaction time, where an imported price covers that day.
      const valued = (v: string): string => {
        const money = fiat.value(v, chain ?? 'BTC', f.last_time);
        return `${coin(v, chain ?? 'BTC')}${money ? ` (${money} on ${utc(f.last_time).slice(0, 10)})` : ''}`;
      };
      if (amounts.length > 0) w.fields(amounts.map(([k, v]) => [amountName(k), /^-?\d+$/.test(v) ? valued(v) : v]));
      if (txs.length > 0) {
        w.heading('Transactions', 3);
        const money = fiat.currency
          ? [{ header: `Value (${fiat.currency}) then`, width: 0.16, kind: 'mono' as const, align: 'right' as const }]
          : [];
        w.table(
          [
            { header: 'Time (UTC)', width: 0.18, kind: 'mono' },
            { header: 'Txid', width: money.length > 0 ? 0.5 : 0.58, kind: 'mono' },
            { header: 'Output value', width: money.length > 0 ? 0.16 : 0.24, kind: 'mono', align: 'right' },
            ...money,
          ],
          txs.map((t) => [utc(t.time), t.txid, coin(t.value, t.chain), ...(money.length > 0 ? [fiat.value(t.value, t.chain, t.time) ?? '—'] : [])]),
        );
      }
    }
  },
};
