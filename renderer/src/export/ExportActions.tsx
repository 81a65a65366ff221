import { useDialogs } from '../dialogs/DialogHost';
import { ExportDialog } from './ExportDialog';
import { SaveCopyDialog } from './SaveCopy';

/** Toolbar entries for issue #6: Export… (evidence package) and Save a copy… (backup of the case file). */
export function ExportActions({ caseTitle }: { caseTitle: string }) {
  const dialogs = useDialogs();
  return (
    <>
      <button
        type="button"
        className="button"
        title="Write an evidence package: PDF report, CSV tables, figures, checksums"
        onClick={() => dialogs.open('Export evidence package', (close) => <ExportDialog caseTitle={caseTitle} onClose={close} />)}
      >
        Export…
      </button>
      <button
        type="button"
        className="button"
        title="Save a consistent copy of the case file; the case stays open"
        onClick={() => dialogs.open('Save a copy of the case', (close) => <SaveCopyDialog caseTitle={caseTitle} onClose={close} />)}
      >
        Save a copy…
      </button>
    </>
  );
}
