import { useState } from 'react';
import type { Result } from '../../../shared/api/methods';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { DoneFooter } from './DoneFooter';
import { formatBytes } from '../ui/format';
import { safeNameStem } from './export-plan';

type Saved = Result<'case.saveCopy'>;

/**
 * Save a copy… (SQLite online backup; the case stays open). Electron asks with the native save dialog, which grants the
 * path; the browser host takes a plain file name in the workspace.
 */
export function SaveCopyDialog({ caseTitle, onClose }: { caseTitle: string; onClose(): void }) {
  const { client, info } = useApp();
  const [name, setName] = useState(() => `${safeNameStem(caseTitle)} copy`);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const location = info.nativeDialogs ? await client.call('case.chooseNew', { suggestedName: `${name}.assay` }) : name.trim();
      if (location) setSaved(await client.call('case.saveCopy', { location }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <div className="save-copy" data-testid="save-copy-result">
        <p>
          Saved a copy ({formatBytes(saved.bytes)}) to <strong className="mono">{saved.location}</strong>. The open case is unchanged; the copy is recorded in its audit
          log.
        </p>
        <DoneFooter onClose={onClose} />
      </div>
    );
  }
  return (
    <form
      className="save-copy"
      data-testid="save-copy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {info.nativeDialogs ? (
        <p>Choose where to save a consistent copy of the case. The open case stays open.</p>
      ) : (
        <label className="field">
          <span className="field-label">Name of the copy (in the workspace folder)</span>
          <input name="copyName" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
      )}
      <ErrorMessage error={error} />
      <footer className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || (!info.nativeDialogs && name.trim() === '')}>
          {info.nativeDialogs ? 'Choose location…' : 'Save copy'}
        </button>
      </footer>
    </form>
  );
}
