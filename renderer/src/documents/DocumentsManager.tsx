import { useState } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import { useApp } from '../app/runtime-context';
import { ConfirmButton } from '../ui/ConfirmButton';
import { CopyText } from '../ui/CopyText';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatBytes, formatIso, shorten } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { DocumentForm } from './DocumentForm';

/** One document: its name, received date and description are untrusted text, rendered as text only. */
function DocumentCard({ document: d, onRemove }: { document: CaseDocument; onRemove(d: CaseDocument): void }) {
  return (
    <li className="source-item" data-testid="document">
      <div className="source-head">
        <span className="file-name" title={d.fileName}>
          <bdi>{d.fileName}</bdi>
        </span>
        <span className="chain-badge">received {d.receivedAt}</span>
      </div>
      {d.description && <p className="annotation-note">{d.description}</p>}
      <div className="source-meta muted">
        {formatBytes(d.size)} · added {formatIso(d.addedAt)} by <bdi>{d.addedBy}</bdi>
        {d.findingId !== null ? ` · supports finding #${d.findingId}` : ''}
      </div>
      <CopyText text={d.sha256} display={shorten(d.sha256, 12, 12)} />
      <div className="annotation-actions">
        <ConfirmButton verb="remove" onConfirm={() => onRemove(d)} />
      </div>
    </li>
  );
}

/**
 * Off-chain documents kept in the case (subpoena returns, exchange KYC replies, rental-order records): what the
 * evidence package copies into documents/ and lists in the report. Opened from the Notes panel, beside the deposits
 * and off-chain links they back. Removal is audited, and refused while an accepted finding relies on the document.
 */
export function DocumentsManager() {
  const { client } = useApp();
  const [generation, setGeneration] = useState(0);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useLoad(`documents#${generation}`, () => client.call('documents.list', {}));
  const reload = () => setGeneration((g) => g + 1);
  const remove = async (d: CaseDocument) => {
    setError(null);
    try {
      await client.call('documents.remove', { id: d.id });
      reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="documents-manager" data-testid="documents-panel">
      {adding ? (
        <DocumentForm
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      ) : (
        <div className="panel-actions">
          <button type="button" className="button small primary" onClick={() => setAdding(true)} data-testid="add-document">
            Add document…
          </button>
        </div>
      )}
      <ErrorMessage error={list.error ?? error} onDismiss={error ? () => setError(null) : undefined} />
      {list.data && list.data.length === 0 && !adding && (
        <p className="muted">No off-chain documents yet. Subpoena returns, KYC replies and order records added here go into the evidence package.</p>
      )}
      <ul className="source-list">
        {(list.data ?? []).map((d) => (
          <DocumentCard key={d.id} document={d} onRemove={(x) => void remove(x)} />
        ))}
      </ul>
    </div>
  );
}
