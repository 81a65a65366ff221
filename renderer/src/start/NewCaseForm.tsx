import { useState, type FormEvent } from 'react';
import type { CaseInfo } from '../../../shared/domain/case';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';

/** A safe default file name from the title: the workspace accepts letters, digits, spaces and _ ( ) . , - only. */
export const suggestFileName = (title: string): string =>
  title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} _().,-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+/, '') // a leading dot would make a hidden file, which the workspace refuses
    .trim()
    .slice(0, 80) || 'New case';

export function NewCaseForm({ onCreated, onCancel }: { onCreated(info: CaseInfo): void; onCancel(): void }) {
  const { client, info } = useApp();
  const [fields, setFields] = useState({ title: '', caseNumber: '', examiner: '', agency: '' });
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const chosenName = fileName ?? suggestFileName(fields.title);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Electron asks where to save with a native dialog; the browser host keeps cases in its workspace folder.
      const location = info.nativeDialogs ? await client.call('case.chooseNew', { suggestedName: `${chosenName}.assay` }) : chosenName;
      if (location) onCreated(await client.call('case.create', { location, header: fields }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof typeof fields, label: string, placeholder: string, autoFocus = false) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        name={key}
        value={fields[key]}
        placeholder={placeholder}
        autoFocus={autoFocus}
        required={key === 'title'}
        maxLength={200}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <form className="new-case-form" onSubmit={submit} aria-label="New case">
      {field('title', 'Case title', 'e.g. Exchange hack, March 2024', true)}
      <div className="field-row">
        {field('caseNumber', 'Case number', 'e.g. 2024-CY-0117')}
        {field('examiner', 'Examiner', 'Name of the analyst')}
      </div>
      {field('agency', 'Agency', 'Unit or organisation')}
      {!info.nativeDialogs && (
        <label className="field">
          <span className="field-label">File name in the workspace</span>
          <span className="input-with-suffix">
            <input name="fileName" value={chosenName} maxLength={120} onChange={(e) => setFileName(e.target.value)} />
            <span className="suffix">.assay</span>
          </span>
        </label>
      )}
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || fields.title.trim() === ''}>
          {info.nativeDialogs ? 'Choose location and create' : 'Create case'}
        </button>
      </div>
    </form>
  );
}
