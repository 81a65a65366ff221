import { useState } from 'react';
import type { Annotation, AnnotationSubject } from '../../../shared/domain/annotation';
import { useApp } from '../app/runtime-context';
import { ErrorMessage } from '../ui/ErrorMessage';
import { invalidFields } from './field-issues';
import { FormField } from './FormField';

/** A note with labels (comma separated) and a confidence, added to the subject or replacing an existing note. */
export function NoteForm({ subject, existing, onSaved, onCancel }: { subject: AnnotationSubject; existing: Annotation | null; onSaved(): void; onCancel(): void }) {
  const { client } = useApp();
  const [note, setNote] = useState(existing?.note ?? '');
  const [labels, setLabels] = useState(existing?.labels.join(', ') ?? '');
  const [confidence, setConfidence] = useState(existing?.confidence === null || existing === null ? '' : String(existing.confidence));
  const [error, setError] = useState<unknown>(null);
  const invalid = invalidFields(error);
  const save = async () => {
    const annotation = {
      note,
      labels: labels.split(',').map((l) => l.trim()).filter(Boolean),
      confidence: confidence.trim() === '' ? null : Number(confidence),
    };
    try {
      if (existing) await client.call('annotations.update', { id: existing.id, annotation });
      else await client.call('annotations.add', { subject, annotation });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className="note-form"
      data-testid="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormField label="Note" invalid={invalid.has('note')}>
        <textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
      </FormField>
      <div className="field-row">
        <FormField label="Labels (comma separated)" invalid={invalid.has('labels')}>
          <input name="labels" value={labels} onChange={(e) => setLabels(e.target.value)} placeholder="reviewed, victim" />
        </FormField>
        <FormField label="Confidence" invalid={invalid.has('confidence')}>
          <input name="confidence" type="number" min={0} max={100} value={confidence} onChange={(e) => setConfidence(e.target.value)} />
        </FormField>
      </div>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary small">
          {existing ? 'Save note' : 'Add note'}
        </button>
      </div>
    </form>
  );
}
