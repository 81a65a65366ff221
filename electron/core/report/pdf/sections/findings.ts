import { coin, utc, utcShort } from '../../amounts';
import { figureForTxids } from '../../figure/subgraph';
import { figureSvg } from '../../figure/svg';
import { flatten, parseStored } from '../../report-context';
import { TEXT_WIDTH } from '../pdf-writer';
import { citedTransactions } from './finding-refs';
import type { ReportSection } from './section';

interface FindingRow {
  id: number;
  detector: string;
  severity: string;
  title: string;
  explanation: string;
  subjects: string;
  evidence: string;
  params: string;
  first_time: number | null;
  last_time: number | null;
}

const FIGURE_HEIGHT = 250;

export const findingsSection: ReportSection = {
  id: 'findings',
  title: 'Findings',
  items: ({ db }) => db.prepare("SELECT count(*) FROM findings WHERE status = 'accepted'").pluck().get() as number,
  render(w, ctx) {
    const rows = ctx.db
      .prepare(`SELECT id, detector, severity, title, explanation, subjects, evidence, params, first_time, last_time
        FROM findings WHERE status = 'accepted' ORDER BY id`)
      .all() as FindingRow[];
    w.beginSection(this.id, this.title, rows);
    w.paragraph('Findings the examiner accepted. Each shows the transactions it rests on as a figure (inputs on the left, ' +
      'time running left to right), its evidence as recorded by the detector, and the transactions in full.');
    if (rows.length === 0) w.paragraph('No finding has been accepted.');
    for (const f of rows) {
      const subjects = parseStored(f.subjects);
      const evidence = parseStored(f.evidence);
      const txs = citedTransactions(ctx.db, subjects, evidence);
      w.heading(`Finding ${f.id}: ${f.title}`, 2);
      w.fields([
        ['Severity', f.severity],
        ['Detector', f.detector],
        ['Period', `${utc(f.first_time)} to ${utc(f.last_time)}`],
        ['Parameters', f.params],
      ]);
      w.paragraph(f.explanation);
      if (txs.length > 0) {
        const figure = figureForTxids(ctx.db, txs);
        w.figure(figureSvg(figure, TEXT_WIDTH, FIGURE_HEIGHT), FIGURE_HEIGHT, `Figure: finding ${f.id}. ${figure.note}`);
      }
      w.heading('Subjects and evidence', 3);
      w.fields([...flatten(subjects, 'subjects'), ...flatten(evidence, 'evidence')]);
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
