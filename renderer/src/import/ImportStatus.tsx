import type { ImportProgress } from '../../../shared/domain/source';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatCount, formatDuration } from '../ui/format';
import { useImport } from './ImportProvider';
import { jobFraction } from './import-state';

const percent = (p: ImportProgress | null) => `${Math.round(jobFraction(p) * 100)}%`;

/** The job in the status bar: a small bar and Cancel while running; failures and cancellations until dismissed. */
export function ImportStatus() {
  const { state, cancel, dismiss } = useImport();
  if (state.phase === 'failed') {
    return (
      <div className="import-status">
        <ErrorMessage error={state.error} onDismiss={dismiss} />
      </div>
    );
  }
  if (state.phase === 'cancelled') {
    return (
      <div className="import-status" data-testid="import-status">
        <span className="import-note">Import cancelled; the file in progress was rolled back.</span>
        <button type="button" className="link-button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  if (state.phase !== 'running') return null;
  return (
    <div className="import-status" data-testid="import-status">
      <span className="import-note">Importing</span>
      <progress className="import-bar" max={1} value={jobFraction(state.progress)} aria-label="Import progress" />
      <span className="mono">{percent(state.progress)}</span>
      <button type="button" className="button small" onClick={cancel} disabled={state.cancelling}>
        {state.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}

/** The same job in full over the graph: file, bytes, rows, rate and ETA, so a long import is easy to follow. */
export function ImportProgressCard() {
  const { state, cancel } = useImport();
  if (state.phase === 'uploading') {
    return (
      <div className="progress-card" data-testid="import-progress">
        <div className="progress-title">
          <span className="spinner" aria-hidden="true" /> Uploading {state.fileName}
          {state.count > 1 ? ` (${state.index + 1} of ${state.count})` : ''}
        </div>
        <progress className="progress-bar" max={Math.max(state.totalBytes, 1)} value={state.sentBytes} aria-label="Upload progress" />
        <div className="progress-detail">
          {formatBytes(state.sentBytes)} of {formatBytes(state.totalBytes)} sent to the Assay host; the import follows.
        </div>
      </div>
    );
  }
  if (state.phase !== 'running') return null;
  const p = state.progress;
  return (
    <div className="progress-card" data-testid="import-progress">
      <div className="progress-title">
        Importing <bdi>{p?.file ?? state.files[0]?.name}</bdi>
        {state.files.length > 1 && p ? ` (${p.fileIndex + 1} of ${p.fileCount})` : ''}
        <span className="progress-percent mono">{percent(p)}</span>
      </div>
      <progress className="progress-bar" max={1} value={jobFraction(p)} aria-label="Import progress" />
      <div className="progress-detail">
        {p ? (
          <>
            {formatBytes(p.bytes)} of {formatBytes(p.totalBytes)} · {formatCount(p.rows)} rows · {formatCount(Math.round(p.rowsPerSecond))} rows/s · ETA{' '}
            {formatDuration(p.etaSeconds)}
          </>
        ) : (
          'Checking the file…'
        )}
      </div>
      <div className="progress-actions">
        <span className="muted">Each file lands whole or not at all.</span>
        <button type="button" className="button small" onClick={cancel} disabled={state.cancelling}>
          {state.cancelling ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}
