import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatCount, formatDuration } from '../ui/format';
import { useImport } from './ImportProvider';
import { jobFraction } from './import-state';

/** The running job in the status bar: bar, file, rows, rate, ETA and Cancel; a failure stays until dismissed. */
export function ImportStatus() {
  const { state, cancel, dismiss } = useImport();
  if (state.phase === 'uploading') {
    return (
      <div className="import-status" data-testid="import-status">
        <span className="spinner" aria-hidden="true" />
        Uploading {state.fileName} ({state.index + 1}/{state.count})…
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="import-status">
        <ErrorMessage error={state.error} onDismiss={dismiss} />
      </div>
    );
  }
  if (state.phase !== 'running') return null;
  const p = state.progress;
  const fraction = jobFraction(p);
  return (
    <div className="import-status" data-testid="import-status">
      <progress className="import-bar" max={1} value={fraction} aria-label="Import progress" />
      <span className="mono">{Math.round(fraction * 100)}%</span>
      {p && (
        <span className="import-detail">
          {p.file} ({p.fileIndex + 1}/{p.fileCount}) · {formatBytes(p.bytes)} of {formatBytes(p.totalBytes)} · {formatCount(p.rows)} rows ·{' '}
          {formatCount(Math.round(p.rowsPerSecond))}/s · ETA {formatDuration(p.etaSeconds)}
        </span>
      )}
      <button type="button" className="button small" onClick={cancel} disabled={state.cancelling}>
        {state.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
