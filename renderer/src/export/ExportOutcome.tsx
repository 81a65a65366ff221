import { useState } from 'react';
import type { ExportResult, ReportProgress, VerifyResult } from '../../../shared/domain/report';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatCount, formatIso } from '../ui/format';
import { progressFraction } from './export-plan';

/** The running export: one bar over the engine's steps (each CSV table, figures, the PDF, the seal, the zip). */
export function ExportProgressView({ progress }: { progress: ReportProgress | null }) {
  return (
    <div className="progress-card export-progress" data-testid="export-progress">
      <div className="progress-title">{progress ? `Writing ${progress.item}` : 'Reading the case…'}</div>
      <progress className="progress-bar" max={1} value={progressFraction(progress)} aria-label="Export progress" />
      <div className="progress-detail muted">{progress ? `${progress.stage} · step ${progress.step} of ${progress.steps}` : 'Starting'}</div>
    </div>
  );
}

/** Where the package went, what it holds, and a check of it by the same verifier the CLI uses. */
export function ExportResultView({ result }: { result: ExportResult }) {
  const { client } = useApp();
  const [verdict, setVerdict] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const bytes = result.files.reduce((sum, f) => sum + f.size, 0);
  const verify = async () => {
    setChecking(true);
    setError(null);
    try {
      setVerdict(await client.call('report.verify', { location: result.outDir }));
    } catch (e) {
      setError(e);
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="export-result" data-testid="export-result">
      <dl className="info-row-list">
        <div className="info-row">
          <dt>Package</dt>
          <dd className="mono" data-testid="export-location">{result.outDir}</dd>
        </div>
        {result.zip && (
          <div className="info-row">
            <dt>Zip</dt>
            <dd className="mono">{result.zip}</dd>
          </div>
        )}
        <div className="info-row">
          <dt>Report</dt>
          <dd>{formatCount(result.pages)} pages</dd>
        </div>
        <div className="info-row">
          <dt>Sealed files</dt>
          <dd data-testid="export-sealed-result" data-sealed={result.files.length}>
            {formatCount(result.files.length)} sealed files, {formatBytes(bytes)}, with their SHA-256 in SHA256SUMS
          </dd>
        </div>
        <div className="info-row">
          <dt>Exported</dt>
          <dd>{formatIso(result.exportedAt)}</dd>
        </div>
        <div className="info-row">
          <dt>Signature</dt>
          <dd data-testid="export-signer">
            {result.signer ? `signed by ${result.signer.examiner}, key ${result.signer.fingerprint}` : 'not signed: create a signing key under Settings'}
          </dd>
        </div>
      </dl>
      <div className="export-verify">
        <button type="button" className="button" disabled={checking} onClick={() => void verify()}>
          {checking ? 'Verifying…' : 'Verify'}
        </button>
        {verdict && (
          <span className={verdict.ok ? 'status ok' : 'status warn'} data-testid="verify-verdict">
            {verdict.ok ? (
              `OK: ${verdict.summary}`
            ) : (
              <>
                FAILED at <bdi>{verdict.item}</bdi>: {verdict.reason}
              </>
            )}
          </span>
        )}
      </div>
      <ErrorMessage error={error} />
      <MispExport packageLocation={result.outDir} />
    </div>
  );
}

/** Exchange with partner agencies: the accepted findings as a MISP event that names this package's manifest. */
function MispExport({ packageLocation }: { packageLocation: string }) {
  const { client } = useApp();
  const [written, setWritten] = useState<{ file: string; attributes: number; objects: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const write = async () => {
    setError(null);
    try {
      setWritten(await client.call('report.exportMisp', { packageLocation }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="export-verify">
      <button type="button" className="button" disabled={written !== null} onClick={() => void write()} title="For partner agencies: the accepted findings as a MISP event (JSON)">
        Write MISP event
      </button>
      {written && (
        <span className="status ok" data-testid="misp-written">
          {written.file}: {written.attributes} attributes, {written.objects} objects
        </span>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
