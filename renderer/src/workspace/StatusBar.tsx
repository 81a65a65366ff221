import type { Core } from 'cytoscape';
import type { CaseInfo } from '../../../shared/domain/case';
import type { GraphSlice } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { useCanvasCounts } from './use-canvas-counts';
import { ImportStatus } from '../import/ImportStatus';
import { formatCount } from '../ui/format';

/** The case's totals and what the canvas draws now (after hiding, the time filter and folding). */
export function StatusBar({ caseInfo, slice, cy }: { caseInfo: CaseInfo; slice: GraphSlice | null; cy: Core | null }) {
  const { info } = useApp();
  const c = caseInfo.counts;
  const shown = useCanvasCounts(cy);
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-item mono" title={caseInfo.location}>
        {caseInfo.fileName}
      </span>
      <span className="status-item">schema v{caseInfo.schemaVersion}</span>
      <span className="status-item" data-testid="case-counts">
        {formatCount(c.transactions)} tx · {formatCount(c.addresses)} addresses · {formatCount(c.sources)} sources · {formatCount(c.tags)} tags
      </span>
      {slice && shown && (
        <span className="status-item" data-testid="graph-counts" data-nodes={shown.nodes} data-edges={shown.edges}>
          graph {formatCount(shown.nodes)} nodes · {formatCount(shown.edges)} edges{slice.truncated ? ' (newest only)' : ''}
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
