import { useState } from 'react';
import type { ClusterEvidence, ClusterTag, ClusterView } from '../../../shared/domain/analysis';
import type { Chain } from '../../../shared/domain/chain';
import { useApp } from '../app/runtime-context';
import { RunAnalysis } from '../findings/RunAnalysis';
import { DataTable } from '../ui/DataTable';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';
import { InspectorSection } from './InspectorSection';
import { NodeLink } from './NodeLink';

export const MEMBER_LIMIT = 200;

interface ClusterSectionProps {
  address: string;
  chain: Chain;
  /** When the last analysis ran (null: never), so a re-run refetches the cluster. */
  analyzedAt: string | null;
  onAnalyzed(): void;
  onNavigate(id: string): void;
}

const tagText = (t: ClusterTag) => [t.label, t.category, t.actor].filter(Boolean).join(' · ');

/** The address's cluster (C1-C4): label and conflicts, members, the evidence of each merge, and "why is it with X?". */
export function ClusterSection({ address, chain, analyzedAt, onAnalyzed, onNavigate }: ClusterSectionProps) {
  const { client } = useApp();
  const cluster = useLoad(analyzedAt === null ? null : `${address}#${analyzedAt}`, () => client.call('cluster.get', { id: address, limit: MEMBER_LIMIT }));
  if (analyzedAt === null) {
    return (
      <InspectorSection title="Cluster">
        <p className="muted table-note" data-testid="cluster-not-run">
          Not clustered yet — run analysis to group addresses by shared inputs and see the evidence of each merge.
        </p>
        <RunAnalysis onDone={onAnalyzed} />
      </InspectorSection>
    );
  }
  if (!cluster.data) return <ErrorMessage error={cluster.error} />;
  return <ClusterBody view={cluster.data} anchor={address} anchorNote="this address" chain={chain} onNavigate={onNavigate} />;
}

interface ClusterBodyProps {
  view: ClusterView;
  /** The address "why together?" starts from: the selected address, or a cluster's first member. */
  anchor: string;
  /** How the anchor's own row in the members list is marked. */
  anchorNote: string;
  chain: Chain;
  onNavigate(id: string): void;
}

export function ClusterBody({ view, anchor, anchorNote, chain, onNavigate }: ClusterBodyProps) {
  const [why, setWhy] = useState<string | null>(null);
  const link = (kind: 'address' | 'tx', value: string | null) => <NodeLink kind={kind} chain={chain} value={value} onNavigate={onNavigate} />;
  const others = view.members.filter((m) => m.address !== anchor);
  const anchorRow = view.members.find((m) => m.address === anchor);
  return (
    <InspectorSection title="Cluster" count={view.size}>
      <div className="cluster-summary" data-testid="cluster">
        <span className="mono muted">#{view.id}</span>
        {view.size === 1 ? (
          <span className="muted">this address alone: no heuristic merged it with another</span>
        ) : (
          <span>{view.size.toLocaleString('en-US')} addresses</span>
        )}
        {view.label && (
          <span className="cluster-label" title={`strongest tag, weight ${view.label.weight.toFixed(2)}`} data-testid="cluster-label">
            <span className="tag-label">{tagText(view.label)}</span>
          </span>
        )}
      </div>
      {view.conflicts.length > 0 && (
        <p className="cluster-conflict" role="note" data-testid="cluster-conflicts">
          Tags in this cluster disagree: {view.conflicts.map(tagText).join('; ')}
        </p>
      )}
      {others.length > 0 && (
        <details className="inspector-details" open={others.length <= 8}>
          <summary>
            Members <span className="count">{view.membersTruncated ? `first ${view.members.length} of ${view.size}` : view.size}</span>
          </summary>
          <ul className="member-list" data-testid="cluster-members">
            {anchorRow && (
              <li className="member-anchor">
                {link('address', anchorRow.address)}
                <span className="muted member-tags">{anchorRow.tags.join(', ')}</span>
                <span className="muted why-button">{anchorNote}</span>
              </li>
            )}
            {others.map((m) => (
              <li key={m.address}>
                {link('address', m.address)}
                {m.tags.length > 0 && <span className="muted member-tags">{m.tags.join(', ')}</span>}
                <button
                  type="button"
                  className="link-button why-button"
                  title={`The chain of merges that put this address with ${anchor}`}
                  onClick={() => setWhy(why === m.address ? null : m.address)}
                  aria-expanded={why === m.address}
                >
                  why together?
                </button>
                {why === m.address && <WhyChain a={anchor} b={m.address} chain={chain} onNavigate={onNavigate} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {view.evidence.length > 0 && (
        <details className="inspector-details" open={view.size > 1}>
          <summary>
            Evidence <span className="count">{view.evidenceTruncated ? `first ${view.evidence.length}` : view.evidence.length}</span>
          </summary>
          <EvidenceTable rows={view.evidence} chain={chain} onNavigate={onNavigate} />
        </details>
      )}
    </InspectorSection>
  );
}

/** One row per heuristic result: what it joined (or vetoed), in which transaction, how sure; the plain reason on hover. */
function EvidenceTable({ rows, chain, onNavigate }: { rows: ClusterEvidence[]; chain: Chain; onNavigate(id: string): void }) {
  const end = (address: string | null) => address && <span className="evidence-end"><NodeLink kind="address" chain={chain} value={address} onNavigate={onNavigate} /></span>;
  return (
    <DataTable
      compact
      testId="cluster-evidence"
      rows={rows}
      rowKey={(e, i) => `${e.heuristic}-${e.txid}-${i}`}
      columns={[
        { header: 'Heuristic', cell: (e) => <span title={e.note}>{e.heuristic}{e.merged ? '' : ' (not merged)'}</span> },
        { header: 'Txid', cell: (e) => <NodeLink kind="tx" chain={chain} value={e.txid} onNavigate={onNavigate} /> },
        { header: 'Joins', cell: (e) => <>{end(e.from)}{end(e.to)}</> },
        { header: 'Conf.', numeric: true, cell: (e) => e.confidence },
      ]}
    />
  );
}

/** cluster.why: the shortest chain of merges joining the two addresses, each step with its plain-language reason. */
function WhyChain({ a, b, chain, onNavigate }: { a: string; b: string; chain: Chain; onNavigate(id: string): void }) {
  const { client } = useApp();
  const answer = useLoad(`${a}|${b}`, () => client.call('cluster.why', { a, b }));
  if (answer.error) return <ErrorMessage error={answer.error} />;
  if (!answer.data) return <p className="muted table-note">Finding the chain of merges…</p>;
  const steps = answer.data.chain;
  return (
    <div className="why-chain" data-testid="cluster-why">
      {steps.length === 0 ? (
        <p className="muted table-note">No chain of merges joins these two addresses.</p>
      ) : (
        <ol>
          {steps.map((e, i) => (
            <li key={i}>
              <span className="why-step">
                {e.heuristic} · confidence {e.confidence} ·{' '}
                <NodeLink kind="tx" chain={chain} value={e.txid} onNavigate={onNavigate} />
              </span>
              <span className="why-note">{e.note}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
