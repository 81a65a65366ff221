import type { AnalysisSummary } from '../../../shared/domain/analysis';
import { useApp } from '../app/runtime-context';
import { usePanelMemory } from '../panels/panel-memory';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatCount } from '../ui/format';

interface AnalysisRun { running: boolean; summary: AnalysisSummary | null; error: unknown; seconds: number }

/** The last analysis run of this session, shared by every place that runs or reports it (findings, inspector). */
export const useAnalysisRun = () => usePanelMemory<AnalysisRun>('analysis.run', () => ({ running: false, summary: null, error: null, seconds: 0 }));

/** Runs the whole analysis (clustering, taint, lineage, detectors) and says what it found. */
export function RunAnalysis({ onDone }: { onDone?(): void }) {
  const { client } = useApp();
  const [state, setState] = useAnalysisRun();
  const run = async () => {
    const started = performance.now();
    setState({ running: true, summary: null, error: null, seconds: 0 });
    try {
      const summary = await client.call('analysis.run', {});
      setState({ running: false, summary, error: null, seconds: (performance.now() - started) / 1000 });
      onDone?.();
    } catch (error) {
      setState({ running: false, summary: null, error, seconds: 0 });
    }
  };
  const found = state.summary ? Object.values(state.summary.findings).reduce((a, b) => a + b, 0) : 0;
  return (
    <div className="run-analysis">
      <button type="button" className="button primary small" onClick={() => void run()} disabled={state.running} data-testid="run-analysis">
        {state.running ? 'Analysing…' : 'Run analysis'}
      </button>
      <span className="muted run-status" role="status" data-testid="analysis-status">
        {state.running && <span className="spinner" aria-hidden="true" />}
        {state.running ? ' clustering, tracing taint, running detectors' : ''}
        {state.summary &&
          `${formatCount(found)} findings · ${formatCount(state.summary.clusters)} clusters · ${formatCount(state.summary.taintedOutputs)} tainted outputs · ${state.seconds.toFixed(1)} s`}
      </span>
      <ErrorMessage error={state.error} />
    </div>
  );
}
