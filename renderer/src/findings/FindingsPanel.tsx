import { useMemo, useState } from 'react';
import { useCaseRevision } from '../app/use-case-revision';
import type { Finding } from '../../../shared/domain/analysis';
import { useApp } from '../app/runtime-context';
import { usePanelMemory } from '../panels/panel-memory';
import type { PanelProps } from '../panels/registry';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';
import { FindingCard } from './FindingCard';
import { FindingFilters, matchesFilters, type FindingFilter } from './FindingFilters';
import { focusNodeIds, selectionChain, subjectNodeId, useGraphFocus } from './graph-focus';
import { RunAnalysis, useAnalysisRun } from './RunAnalysis';

/** Detector findings, strongest first: filter, open a finding's subgraph, accept or dismiss it with a reason. */
export function FindingsPanel({ selectedId, onNavigate }: PanelProps) {
  const { client } = useApp();
  const { highlight } = useGraphFocus();
  // Analysis runs (from here or the inspector) and status changes change the case: the list follows every one.
  const revision = useCaseRevision();
  const [analysis] = useAnalysisRun();
  const [filter, setFilter] = usePanelMemory<FindingFilter>('findings.filter', () => ({ detector: '', severity: '', status: '' }));
  const [actionError, setActionError] = useState<unknown>(null);
  const findings = useLoad(`findings-${revision}`, () => client.call('findings.list', {}));
  const shown = useMemo(() => (findings.data ?? []).filter((f) => matchesFilters(f, filter)), [findings.data, filter]);

  const open = (finding: Finding) => {
    highlight({ label: `finding ${finding.id} (${finding.subjects.length} subjects)`, nodeIds: focusNodeIds(finding.subjects) });
    const first = finding.subjects.map((s) => subjectNodeId(selectionChain(selectedId), s)).find((id) => id !== null);
    if (first) onNavigate(first);
  };
  const decide = async (finding: Finding, status: Finding['status'], reason?: string) => {
    setActionError(null);
    try {
      await client.call('findings.setStatus', { id: finding.id, status, ...(reason ? { reason } : {}) });
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <div className="findings-panel" data-testid="findings-panel">
      <RunAnalysis />
      {findings.data && <FindingFilters findings={findings.data} filter={filter} onChange={setFilter} />}
      <ErrorMessage error={findings.error ?? actionError} />
      {findings.data && findings.data.length === 0 && (
        <p className="muted" data-testid="findings-empty">
          {analysis.summary
            ? 'The analysis found none of the laundering patterns in this case. Import more of the chain or the attribution (TagPacks, pool lists), then run it again.'
            : 'No findings yet. Run the analysis to look for the laundering patterns.'}
        </p>
      )}
      {findings.data && findings.data.length > 0 && (
        <p className="muted panel-count">
          {shown.length} of {findings.data.length} findings
        </p>
      )}
      <ul className="finding-list">
        {shown.map((f) => (
          <FindingCard key={f.id} finding={f} onOpen={open} onDecide={decide} />
        ))}
      </ul>
    </div>
  );
}
