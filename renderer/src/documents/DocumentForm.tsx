import { useState } from 'react';
import type { FileRef } from '../../../shared/api/methods/import';
import type { CaseDocument } from '../../../shared/domain/document';
import { FormField } from '../annotations/FormField';
import { fieldIssues } from '../annotations/field-issues';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes } from '../ui/format';

/** Today as the date input wants it (the examiner's calendar day). */
const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * Adds an off-chain document to the case: the file (kept in the case with its SHA-256), the date it was received and
 * what it is. Optionally the finding it supports, whose acceptance then keeps the document from being removed.
 */
export function DocumentForm({ onSaved, onCancel }: { onSaved(document: CaseDocument): void; onCancel(): void }) {
  const { client, intake } = useApp();
  const [file, setFile] = useState<FileRef | null>(null);
  const [receivedAt, setReceivedAt] = useState(today);
  const [description, setDescription] = useState('');
  const [finding, setFinding] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const issues = fieldIssues(error);

  const pick = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    try {
      const [ref] = await intake.fromFiles([chosen]);
      setFile(ref ?? null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  const save = async () => {
    if (!file) {
      setError({ code: 'VALIDATION', message: 'Choose the document first.', details: { field: 'file' } });
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const findingId = finding.trim() === '' ? null : Number(finding);
      onSaved(await client.call('documents.add', { file: file.id, receivedAt, description, findingId }));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="deposit-form"
      data-testid="document-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted form-intro">
        The file is kept in the case with its SHA-256 and goes into every evidence package (documents/), listed in the report.
      </p>
      <div className="form-grid">
        <div className="span-2">
          <FormField label="Document" error={issues.get('file')} hint={file ? `${file.name} · ${formatBytes(file.size)}` : 'Subpoena return, KYC reply, order record (up to 50 MB)'}>
            <input type="file" name="file" aria-label="Document" onChange={(e) => void pick(e.target.files)} />
          </FormField>
        </div>
        <FormField label="Received on" error={issues.get('receivedAt')}>
          <input type="date" name="receivedAt" value={receivedAt} required onChange={(e) => setReceivedAt(e.target.value)} aria-invalid={issues.has('receivedAt')} />
        </FormField>
        <FormField label="Supports finding # (optional)" error={issues.get('findingId')}>
          <input type="number" name="findingId" min={1} value={finding} onChange={(e) => setFinding(e.target.value)} aria-invalid={issues.has('findingId')} />
        </FormField>
        <div className="span-2">
          <FormField label="Description and legal reference" error={issues.get('description')}>
            <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="e.g. NiceHash return to subpoena 2026-117" />
          </FormField>
        </div>
      </div>
      {issues.size === 0 && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add document'}
        </button>
      </div>
    </form>
  );
}
