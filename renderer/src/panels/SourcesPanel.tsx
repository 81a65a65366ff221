import { useApp } from '../app/runtime-context';
import { CopyText } from '../ui/CopyText';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatCount, formatIso, shorten } from '../ui/format';
import { useLoad } from '../ui/use-load';
import type { PanelProps } from './registry';

/** Every imported file with its SHA-256: what the evidence package will cite. */
export function SourcesPanel({ caseInfo }: PanelProps) {
  const { client } = useApp();
  const sources = useLoad(`sources-${caseInfo.counts.sources}`, () => client.call('sources.list', {}));
  if (sources.error) return <ErrorMessage error={sources.error} />;
  if (!sources.data) return <p className="muted inspector-loading">Loading…</p>;
  if (sources.data.length === 0) return <p className="muted inspector-empty">Nothing imported yet. Use Import… or drop files on the window.</p>;
  return (
    <ul className="source-list" data-testid="sources">
      {sources.data.map((s) => (
        <li key={s.id} className="source-item">
          <div className="source-head">
            <span className="file-name">{s.originalName}</span>
            <span className="chain-badge">{s.format}</span>
          </div>
          <div className="source-meta muted">
            {formatBytes(s.size)} · {formatCount(s.counts.transactions)} tx · {formatCount(s.counts.tags)} tags
            {s.rejectedCount > 0 ? ` · ${formatCount(s.rejectedCount)} rejected` : ''} · {formatIso(s.importedAt)}
          </div>
          <CopyText text={s.sha256} display={shorten(s.sha256, 12, 12)} />
          {s.querySha256 && (
            <div className="source-meta muted" data-testid="source-query">
              from query <CopyText text={s.querySha256} display={shorten(s.querySha256, 12, 12)} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
