import type { Chain } from '../../../shared/domain/chain';
import type { AnalysisFacts } from '../../../shared/domain/ledger';
import { focusNodeIds, useGraphFocus } from '../findings/graph-focus';
import { DataTable } from '../ui/DataTable';
import type { ReactNode } from 'react';
import { formatAmount, formatIso } from '../ui/format';
import { InspectorSection } from './InspectorSection';
import { NodeLink } from './NodeLink';

const percent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)}%`;

interface FactsProps {
  facts: AnalysisFacts;
  chain: Chain;
  /** 'address': lineage is summed over what it received; 'tx': per output. */
  subject: 'address' | 'tx';
  onNavigate(id: string): void;
}

/** What the last analysis stored about the selection: M2 coinbase lineage, pool payouts, and the findings naming it. */
export function AnalysisFactsSection({ facts, chain, subject, onNavigate }: FactsProps) {
  const { highlight } = useGraphFocus();
  if (facts.analyzedAt === null) return null;
  const hops = facts.lineage[0]?.hops;
  return (
    <>
      {facts.lineage.length > 0 && (
        <InspectorSection title={`Coinbase lineage (M2, ≤ ${hops} hops)`}>
          <p className="muted table-note">
            {subject === 'address' ? 'Share of all outputs paid to this address (its own change included)' : "Share of each output's value"} that descends from a pool's coinbases.
          </p>
          <Collapsible rows={facts.lineage.length} what={`outputs with lineage from ${[...new Set(facts.lineage.map((l) => l.pool))].join(", ")}`}>
            <DataTable
              compact
              testId="lineage"
              rows={facts.lineage}
              rowKey={(l) => `${l.vout}-${l.pool}`}
              columns={[
                ...(subject === 'tx' ? [{ header: 'Out', numeric: true, cell: (l: AnalysisFacts['lineage'][number]) => l.vout }] : []),
                { header: 'Pool', cell: (l) => l.pool },
                { header: 'Share', numeric: true, cell: (l) => percent(l.share) },
                { header: `Amount (${chain})`, numeric: true, cell: (l) => <span className="amount">{formatAmount(l.amount, chain)}</span> },
              ]}
            />
          </Collapsible>
        </InspectorSection>
      )}
      {facts.payouts.length > 0 && (
        <InspectorSection title={subject === 'address' ? 'Pool payouts received' : 'Pool payout (M2)'} count={subject === 'address' ? facts.payouts.length : undefined}>
          <DataTable
            compact
            testId="payouts"
            rows={facts.payouts}
            rowKey={(p) => p.txid}
            columns={[
              ...(subject === 'address' ? [{ header: 'Txid', cell: (p: AnalysisFacts['payouts'][number]) => <NodeLink kind="tx" chain={chain} value={p.txid} onNavigate={onNavigate} /> }] : []),
              { header: 'Pool', cell: (p) => p.pool },
              { header: 'Lineage', numeric: true, cell: (p) => percent(p.lineage) },
              { header: 'Fan-out', numeric: true, cell: (p) => p.fanout },
            ]}
          />
        </InspectorSection>
      )}
      <InspectorSection title="Findings" count={facts.findings.length}>
        {facts.findings.length === 0 ? (
          <p className="muted table-note">No finding names this {subject === 'tx' ? 'transaction' : 'address'}.</p>
        ) : (
          <ul className="inspector-findings" data-testid="inspector-findings">
            {facts.findings.map((f) => (
              <li key={f.id} data-finding-id={f.id}>
                <span className={`severity-badge ${f.severity}`}>{f.severity}</span>
                <span className="finding-title">{f.title}</span>
                {f.status !== 'new' && <span className="finding-status">{f.status}</span>}
                <button
                  type="button"
                  className="link-button finding-show"
                  title="Highlight what this finding is about on the graph"
                  onClick={() => highlight({ label: `finding ${f.id} (${f.subjects.length} subjects)`, nodeIds: focusNodeIds(f.subjects) })}
                >
                  show
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="inspector-foot muted">Analysis ran {formatIso(facts.analyzedAt)}; accept or dismiss findings in the Findings tab.</p>
      </InspectorSection>
    </>
  );
}

const OPEN_ROWS = 6;

/** A long table (a payout's many outputs) folds away behind a one-line summary; a short one shows as it is. */
function Collapsible({ rows, what, children }: { rows: number; what: string; children: ReactNode }) {
  if (rows <= OPEN_ROWS) return <>{children}</>;
  return (
    <details className="inspector-details">
      <summary>
        {rows} {what}
      </summary>
      {children}
    </details>
  );
}
