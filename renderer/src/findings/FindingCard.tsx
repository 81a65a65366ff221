import { useState } from 'react';
import type { Finding } from '../../../shared/domain/analysis';
import { formatUnix, shorten } from '../ui/format';

export interface FindingActions {
  onOpen(finding: Finding): void;
  onDecide(finding: Finding, status: 'accepted' | 'dismissed' | 'new', reason?: string): Promise<void>;
}

/** One finding: severity, title, explanation, subjects; open its subgraph, accept, or dismiss with a reason. */
export function FindingCard({ finding, onOpen, onDecide }: { finding: Finding } & FindingActions) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [expanded, setExpanded] = useState(false);
  const subjects = finding.subjects.slice(0, 3).map((s) => `${s.type} ${shorten(s.id, 10, 6)}`);
  return (
    <li className={`finding-card severity-${finding.severity}`} data-testid="finding" data-finding-id={finding.id} data-status={finding.status}>
      <div className="finding-head">
        <span className={`severity-badge ${finding.severity}`}>{finding.severity}</span>
        <span className="finding-title">{finding.title}</span>
        <span className={`finding-status ${finding.status}`}>{finding.status}</span>
      </div>
      <div className="finding-meta muted">
        {finding.detector} · {finding.subjects.length} subjects · {finding.evidenceTxids.length} txs
        {finding.firstTime !== null ? ` · ${formatUnix(finding.firstTime)}` : ''}
      </div>
      <p className={expanded ? 'finding-explanation' : 'finding-explanation clamped'}>{finding.explanation}</p>
      <button type="button" className="link-button finding-more" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
        {expanded ? 'Less' : 'More'}
      </button>
      <div className="finding-subjects mono muted">{subjects.join(' · ')}{finding.subjects.length > 3 ? ' …' : ''}</div>
      {finding.statusReason && <div className="finding-reason">Reason: {finding.statusReason}</div>}
      {dismissing ? (
        <form
          className="finding-dismiss"
          onSubmit={(e) => {
            e.preventDefault();
            void onDecide(finding, 'dismissed', reason).then(() => setDismissing(false));
          }}
        >
          <input aria-label="Reason for dismissing" placeholder="Why is this not relevant?" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          <button type="submit" className="button small" disabled={reason.trim() === ''}>
            Dismiss
          </button>
          <button type="button" className="button small" onClick={() => setDismissing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="finding-actions">
          <button type="button" className="button small" onClick={() => onOpen(finding)} disabled={finding.subjects.length === 0}>
            Open subgraph
          </button>
          {finding.status !== 'accepted' && (
            <button type="button" className="button small" onClick={() => void onDecide(finding, 'accepted')}>
              Accept
            </button>
          )}
          {finding.status !== 'dismissed' && (
            <button type="button" className="button small" onClick={() => setDismissing(true)}>
              Dismiss…
            </button>
          )}
          {finding.status !== 'new' && (
            <button type="button" className="link-button" onClick={() => void onDecide(finding, 'new')}>
              Reopen
            </button>
          )}
        </div>
      )}
    </li>
  );
}
