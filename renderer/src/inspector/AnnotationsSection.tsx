import type { Annotation } from '../../../shared/domain/annotation';
import { nodeId } from '../../../shared/domain/graph';
import { useApp } from '../app/runtime-context';
import { subjectOf } from '../annotations/AnnotationsPanel';
import { IncomingLinks } from '../annotations/IncomingLinks';
import { ErrorMessage } from '../ui/ErrorMessage';
import { formatIso, shorten } from '../ui/format';
import { useLoad } from '../ui/use-load';
import { InspectorSection } from './InspectorSection';

/** One line of what an annotation says: its note, else the typed deposit's service and order. */
function summary(a: Annotation): string {
  if (a.note) return a.note;
  if (a.deposit) return `${a.deposit.service === 'other' ? a.deposit.serviceName : a.deposit.service} order ${a.deposit.orderId}`;
  return a.kind.replace(/_/g, ' ');
}

/** The selection's annotations, read-only and compact; the Notes tab adds and edits them. */
export function AnnotationsSection({ selectedId, onNavigate }: { selectedId: string; onNavigate(id: string): void }) {
  const { client } = useApp();
  const subject = subjectOf(selectedId);
  const list = useLoad(subject ? selectedId : null, () => client.call('annotations.list', { subject: subject! }));
  if (!subject) return null;
  const rows = list.data ?? [];
  return (
    <InspectorSection title="Annotations" count={list.data ? rows.length : undefined}>
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 && <p className="muted table-note">None yet; add notes or a hash-rental deposit in the Notes tab (A).</p>}
      {rows.length > 0 && (
        <ul className="inspector-annotations" data-testid="inspector-annotations">
          {rows.map((a) => (
            <li key={a.id} data-kind={a.kind}>
              <div className="ia-head">
                <span className={`kind-badge ${a.kind === 'note' ? '' : 'deposit'}`}>{a.kind === 'note' ? 'note' : a.kind.replace(/_/g, ' ')}</span>
                {a.confidence !== null && <span className="muted">confidence {a.confidence}</span>}
                <span className="muted ia-time">{formatIso(a.updatedAt)}</span>
              </div>
              <p className="ia-note" title={a.note || undefined}>
                {summary(a)}
              </p>
              {a.labels.length > 0 && <p className="muted ia-labels">{a.labels.join(' · ')}</p>}
              {a.links.map((l) => (
                <p key={l.id} className="offchain-link">
                  <span className="offchain-badge">off-chain link</span> →{' '}
                  <button type="button" className="link-button mono" title={l.to} onClick={() => onNavigate(nodeId('address', l.chain, l.to))} data-testid="inspector-offchain-link">
                    {shorten(l.to, 12, 8)}
                  </button>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {subject.type === 'address' && <IncomingLinks subject={subject} version="" onNavigate={onNavigate} />}
    </InspectorSection>
  );
}
