import type { Annotation } from '../../../shared/domain/annotation';
import { nodeId } from '../../../shared/domain/graph';
import { ConfirmButton } from '../ui/ConfirmButton';
import { CopyText } from '../ui/CopyText';
import { formatIso, shorten } from '../ui/format';

/** The stored fields of a deposit (or of an older typed annotation), as label/value rows. */
function depositRows(a: Annotation): [string, string][] {
  const d = a.deposit;
  if (!d) return Object.entries(a.data).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
  return [
    ['Service', d.service === 'other' ? d.serviceName : d.service],
    ['Order', d.orderId],
    ['Period', `${formatIso(d.periodFrom)} – ${formatIso(d.periodTo)}`],
    ['Algorithm', d.algorithm],
    ['Pool URL', d.poolUrl],
    ['Worker', d.worker || '—'],
    ['Payout', d.payoutAddress],
    ['Fiat', `${d.fiatAmount} ${d.fiatCurrency}`],
  ];
}

interface AnnotationCardProps {
  annotation: Annotation;
  onEdit(a: Annotation): void;
  onDelete(a: Annotation): void;
  onNavigate(id: string): void;
}

/** One annotation: kind, note, labels, typed fields, evidence fingerprint and the off-chain links it justifies. */
export function AnnotationCard({ annotation: a, onEdit, onDelete, onNavigate }: AnnotationCardProps) {
  const evidence = a.deposit?.evidenceDocument;
  return (
    <li className="annotation-card" data-testid="annotation" data-kind={a.kind}>
      <div className="annotation-head">
        <span className={`kind-badge ${a.kind === 'note' ? '' : 'deposit'}`}>{a.kind === 'note' ? 'note' : a.kind.replace(/_/g, ' ')}</span>
        {a.confidence !== null && <span className="muted">confidence {a.confidence}</span>}
        <span className="muted annotation-time">{formatIso(a.updatedAt)}</span>
      </div>
      {a.note && <p className="annotation-note">{a.note}</p>}
      {a.labels.length > 0 && (
        <ul className="tag-list">
          {a.labels.map((l) => (
            <li key={l} className="tag-chip">
              <span className="tag-label">{l}</span>
            </li>
          ))}
        </ul>
      )}
      {a.kind !== 'note' && (
        <dl className="info-grid annotation-fields">
          {depositRows(a).map(([k, v]) => (
            <div key={k} className="info-row">
              <dt>{k}</dt>
              <dd className="field-value">{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {evidence && (
        <div className="sha-line" data-testid="evidence">
          <span>
            Evidence <bdi>{evidence.name}</bdi>
          </span>
          <CopyText text={evidence.sha256} display={shorten(evidence.sha256, 10, 10)} />
        </div>
      )}
      {a.links.map((l) => (
        <div key={l.id} className="offchain-link" data-testid="offchain-link">
          <span className="offchain-badge">off-chain link</span>
          <span>→</span>
          <button type="button" className="link-button mono" onClick={() => onNavigate(nodeId('address', l.chain, l.to))} title={l.to}>
            {shorten(l.to, 12, 8)}
          </button>
        </div>
      ))}
      <div className="annotation-actions">
        <button type="button" className="button small" onClick={() => onEdit(a)}>
          Edit
        </button>
        <ConfirmButton verb="delete" onConfirm={() => onDelete(a)} />
      </div>
    </li>
  );
}
