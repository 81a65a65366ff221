import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import { useApp } from '../app/runtime-context';
import { useDialogs } from '../dialogs/DialogHost';
import { DocumentsManager } from '../documents/DocumentsManager';
import type { PanelProps } from '../panels/registry';
import { ErrorMessage } from '../ui/ErrorMessage';
import { shorten } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { AnnotationCard } from './AnnotationCard';
import { DepositForm } from './DepositForm';
import { IncomingLinks } from './IncomingLinks';
import { NoteForm } from './NoteForm';
import { subjectOf } from './subject';

export { subjectOf } from './subject';

/** Notes, labels and typed hash-rental deposits on the selected address or transaction. */
export function AnnotationsPanel({ selectedId, onNavigate }: PanelProps) {
  const { client } = useApp();
  const dialogs = useDialogs();
  const subject = subjectOf(selectedId);
  const [generation, setGeneration] = useState(0);
  const [noteEditing, setNoteEditing] = useState<Annotation | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useLoad(subject ? `${selectedId}#${generation}` : null, () => client.call('annotations.list', { subject: subject! }));
  const reload = () => setGeneration((g) => g + 1);
  // A half-written note belongs to the node it was started on.
  useEffect(() => setNoteEditing(null), [selectedId]);

  // Case-wide, so reachable with or without a selection: the documents the deposits and off-chain links rest on.
  const documents = (
    <button type="button" className="button small" onClick={() => dialogs.open('Off-chain documents', () => <DocumentsManager />)} data-testid="open-documents">
      Documents…
    </button>
  );
  if (!subject) {
    return (
      <div className="annotations-panel">
        <p className="muted inspector-empty">Select an address, a transaction, a flow (edge) or a cluster box to annotate it.</p>
        <div className="panel-actions">{documents}</div>
      </div>
    );
  }
  const openDeposit = (existing: Annotation | null) =>
    dialogs.open(existing ? 'Edit hash-rental deposit' : 'Record a hash-rental deposit', (close) => (
      <DepositForm
        subject={subject}
        existing={existing}
        onCancel={close}
        onSaved={() => {
          close();
          reload();
        }}
      />
    ));
  const remove = async (a: Annotation) => {
    try {
      await client.call('annotations.delete', { id: a.id });
      reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="annotations-panel" data-testid="annotations-panel">
      <div className="panel-subject">
        <span className="kind-badge">{subject.type}</span>
        <span className="mono" title={subject.id}>
          {shorten(subject.id, 14, 10)}
        </span>
      </div>
      <div className="panel-actions">
        <button type="button" className="button small" onClick={() => setNoteEditing('new')} data-testid="add-note">
          Add note
        </button>
        {subject.type === 'address' && (
          <button type="button" className="button small primary" onClick={() => openDeposit(null)} data-testid="add-deposit">
            Hash-rental deposit…
          </button>
        )}
        {documents}
      </div>
      {noteEditing && (
        <NoteForm
          subject={subject}
          existing={noteEditing === 'new' ? null : noteEditing}
          onCancel={() => setNoteEditing(null)}
          onSaved={() => {
            setNoteEditing(null);
            reload();
          }}
        />
      )}
      <ErrorMessage error={list.error ?? error} />
      {list.data && list.data.length === 0 && !noteEditing && <p className="muted">No annotations on this {subject.type} yet.</p>}
      <ul className="annotation-list">
        {(list.data ?? []).map((a) => (
          <AnnotationCard key={a.id} annotation={a} onNavigate={onNavigate} onDelete={(x) => void remove(x)} onEdit={(x) => (x.kind === 'note' ? setNoteEditing(x) : openDeposit(x))} />
        ))}
      </ul>
      {subject.type === 'address' && <IncomingLinks subject={subject} version={String(generation)} onNavigate={onNavigate} />}
    </div>
  );
}
