import type { ImportResult } from '../../../shared/domain/source';
import { CopyText } from '../ui/CopyText';
import { formatCount, shorten } from '../ui/format';
import { RejectedRows } from './RejectedRows';

const COUNT_LABELS: [keyof ImportResult['counts'], string][] = [
  ['blocks', 'Blocks'],
  ['transactions', 'Transactions'],
  ['inputs', 'Inputs'],
  ['outputs', 'Outputs'],
  ['transfers', 'Transfers'],
  ['addresses', 'Addresses'],
  ['tags', 'Tags'],
  ['actors', 'Actors'],
  ['pools', 'Mining pools'],
];

/** The kinds of row this file holds (an ActorPack: actors; a pool list: pools), so no result reads as all zeros. */
const shownCounts = (r: ImportResult) => {
  const held = COUNT_LABELS.filter(([key]) => r.counts[key] > 0 || r.added[key] > 0);
  return held.length > 0 ? held : COUNT_LABELS;
};

/** Per file: format, SHA-256, rows read and new, and every rejected row with its location and reason. */
export function ImportResultView({ results }: { results: ImportResult[] }) {
  return (
    <div className="import-result" data-testid="import-result">
      {results.map((r, index) => (
        <ResultFile key={`${r.sourceId}-${index}`} result={r} />
      ))}
    </div>
  );
}

function ResultFile({ result: r }: { result: ImportResult }) {
  const columns = shownCounts(r);
  return (
    <section className="import-result-file" data-testid="import-result-file">
      <header className="import-result-head">
        <span className="file-name" title={r.file}>
          {r.file}
        </span>
        <span className="chain-badge">{r.format}</span>
        <span className={r.rejectedCount > 0 ? 'status warn' : 'status ok'}>
          {r.rejectedCount > 0 ? `${formatCount(r.rejectedCount)} rejected` : 'all rows accepted'}
        </span>
      </header>
      <div className="sha-line">
        <span className="muted">SHA-256</span> <CopyText text={r.sha256} display={shorten(r.sha256, 16, 16)} />
      </div>
      <table className="data-table compact">
        <thead>
          <tr>
            <th />
            {columns.map(([, label]) => (
              <th key={label} className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>Read</th>
            {columns.map(([key]) => (
              <td key={key} className="num">
                {formatCount(r.counts[key])}
              </td>
            ))}
          </tr>
          <tr>
            <th>New to case</th>
            {columns.map(([key]) => (
              <td key={key} className="num">
                {formatCount(r.added[key])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {r.rejectedCount > 0 && <RejectedRows result={r} />}
    </section>
  );
}
