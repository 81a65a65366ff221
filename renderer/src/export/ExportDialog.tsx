import { useState } from 'react';
import type { ExportResult, ReportPreview, ReportProgress } from '../../../shared/domain/report';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DoneFooter } from './DoneFooter';
import { useLoad } from '../ui/use-load';
import { Destination } from './Destination';
import { defaultPackageName, fullChoice, isNotEmptyRefusal, type ExportChoice } from './export-plan';
import { ExportForm } from './ExportForm';
import { ExportProgressView, ExportResultView } from './ExportOutcome';

type Phase =
  | { kind: 'form'; error: unknown }
  | { kind: 'confirm' }
  | { kind: 'running'; progress: ReportProgress | null }
  | { kind: 'done'; result: ExportResult };

/** Issue #6: choose what goes into an evidence package, see what will be written, export it with progress, verify it. */
export function ExportDialog({ caseTitle, onClose }: { caseTitle: string; onClose(): void }) {
  const { client } = useApp();
  const preview = useLoad('report.preview', () => client.call('report.preview', {}));
  return (
    <div className="export-dialog" data-testid="export-dialog">
      <ErrorMessage error={preview.error} />
      {preview.loading && <span className="muted">Counting what the case holds…</span>}
      {preview.data && <ExportFlow preview={preview.data} caseTitle={caseTitle} onClose={onClose} />}
    </div>
  );
}

function ExportFlow({ preview, caseTitle, onClose }: { preview: ReportPreview; caseTitle: string; onClose(): void }) {
  const { client, info } = useApp();
  const [choice, setChoice] = useState<ExportChoice>(() => fullChoice(preview));
  const [outDir, setOutDir] = useState(() => (info.nativeDialogs ? '' : defaultPackageName(caseTitle)));
  const [phase, setPhase] = useState<Phase>({ kind: 'form', error: null });

  const run = async (force: boolean) => {
    setPhase({ kind: 'running', progress: null });
    // Progress events carry no job id: only one export runs at a time, so listen just while this one runs.
    const unsubscribe = client.on('report.progress', (progress) => setPhase({ kind: 'running', progress }));
    try {
      const result = await client.call('report.export', { ...choice, outDir: outDir.trim(), force });
      setPhase({ kind: 'done', result });
    } catch (error) {
      setPhase(isNotEmptyRefusal(error) && !force ? { kind: 'confirm' } : { kind: 'form', error });
    } finally {
      unsubscribe();
    }
  };

  if (phase.kind === 'running') return <ExportProgressView progress={phase.progress} />;
  if (phase.kind === 'done') {
    return (
      <>
        <ExportResultView result={phase.result} />
        <DoneFooter onClose={onClose} />
      </>
    );
  }
  if (phase.kind === 'confirm') {
    return (
      <div className="export-confirm" role="alertdialog" aria-label="Replace the previous package?" data-testid="export-confirm">
        <p>
          <strong className="mono"><bdi>{outDir}</bdi></strong> already holds an evidence package exported by Assay. Replace it? Only the files its manifest lists
          are removed; a folder holding anything else is refused.
        </p>
        <footer className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={() => setPhase({ kind: 'form', error: null })}>
            Back
          </button>
          <button type="button" className="button primary" onClick={() => void run(true)}>
            Replace
          </button>
        </footer>
      </div>
    );
  }
  const problem = choice.sections.length === 0 ? 'Choose at least one section.' : outDir.trim() === '' ? (info.nativeDialogs ? 'Choose a folder.' : 'Name the package.') : null;
  return (
    <>
      <ExportForm preview={preview} choice={choice} onChange={setChoice} />
      <Destination value={outDir} onChange={setOutDir} />
      <ErrorMessage error={phase.error} />
      <footer className="dialog-actions">
        <span className="spacer" />
        {problem && <span className="status warn">{problem}</span>}
        <button type="button" className="button primary" disabled={problem !== null} onClick={() => void run(false)}>
          Export
        </button>
      </footer>
    </>
  );
}
