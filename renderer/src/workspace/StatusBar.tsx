import type { CaseInfo } from '../../../shared/domain/case';
import type { GraphSlice } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { ImportStatus } from '../import/ImportStatus';
import { formatCount } from '../ui/format';

export function StatusBar({ caseInfo, slice }: { caseInfo: CaseInfo; slice: GraphSlice | null }) {
  const { info } = useApp();
  const c = caseInfo.counts;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-item mono" title={caseInfo.location}>
        {caseInfo.fileName}
      </span>
      <span className="status-item">schema v{caseInfo.schemaVersion}</span>
      <span className="status-item" data-testid="case-counts">
        {formatCount(c.transactions)} tx · {formatCount(c.addresses)} addresses · {formatCount(c.sources)} sources · {formatCount(c.tags)} tags
      </span>
      {slice && (
        <span className="status-item" data-testid="graph-counts" data-nodes={slice.nodes.length} data-edges={slice.edges.length}>
          graph {formatCount(slice.nodes.length)} nodes · {formatCount(slice.edges.length)} edges{slice.truncated ? ' (newest only)' : ''}
        </span>
      )}
      <span className="status-spacer" />
      <ImportStatus />
      <span className="status-item muted">
        Assay {info.version} · {info.runtime}
      </span>
    </footer>
  );
}
