import type { ReactNode } from 'react';
import { nodeId } from '../../../shared/domain/graph';
import type { AddressDetails } from '../../../shared/domain/ledger';
import { CopyText } from '../ui/CopyText';
import { DataTable } from '../ui/DataTable';
import { formatFiat } from '../../../shared/domain/fiat';
import { formatAmount, formatUnix } from '../ui/format';
import { AddressTxTable } from './AddressTxTable';
import { AnalysisFactsSection } from './AnalysisFactsSection';
import { AnnotationsSection } from './AnnotationsSection';
import { ClusterSection } from './ClusterSection';
import { InfoGrid } from './InfoGrid';
import { InspectorSection } from './InspectorSection';
import { TagList } from './TagList';
import { TaintSection } from './TaintSection';

interface AddressInspectorProps {
  address: AddressDetails;
  /** Refetch after analysis ran from here, so the cluster and findings appear. */
  onAnalyzed(): void;
  onNavigate(id: string): void;
}

export function AddressInspector({ address, onAnalyzed, onNavigate }: AddressInspectorProps) {
  const amount = (v: string) => <span className="amount">{formatAmount(v, address.chain)}</span>;
  const balance = (BigInt(address.received) - BigInt(address.sent)).toString();
  const { fiat } = address;
  /** Received or sent with its value summed at each transaction's own price. */
  const valued = (v: string, total: number | undefined) => (
    <>
      {amount(v)}
      {fiat && total !== undefined && (
        <span className="muted fiat" data-testid="fiat-value" title={fiat.unpriced > 0 ? `${fiat.unpriced} transactions have no price for their day and are left out` : undefined}>
          {` · ${formatFiat(total, fiat.currency)}${fiat.unpriced > 0 ? ' (partial)' : ''}`}
        </span>
      )}
    </>
  );
  return (
    <div className="inspector-body" data-testid="inspector-address">
      <header className="inspector-head">
        <span className="kind-badge address">Address</span>
        <span className="chain-badge">{address.chain}</span>
        {address.scriptType && <span className="chain-badge">{address.scriptType}</span>}
      </header>
      <CopyText text={address.address} className="inspector-id" />
      <InfoGrid
        rows={[
          ['Received', valued(address.received, fiat?.received)],
          ['Sent', valued(address.sent, fiat?.sent)],
          // Received and sent net each transaction; change paid back to the address shows only here.
          ...(address.paidIn !== address.received ? [['Paid in (gross)', amount(address.paidIn)] as [string, ReactNode]] : []),
          ['Balance (in case)', amount(balance)],
          ['Transactions', <span className="mono">{address.txCount.toLocaleString('en-US')}</span>],
          ['First seen', <span className="mono">{formatUnix(address.firstSeen)}</span>],
          ['Last seen', <span className="mono">{formatUnix(address.lastSeen)}</span>],
        ]}
      />
      <TagList tags={address.tags} />
      {address.pools.length > 0 && (
        <InspectorSection title="Mining pool payout address (M1)">
          <DataTable
            compact
            testId="address-pools"
            rows={address.pools}
            rowKey={(p) => `${p.list}-${p.pool}`}
            columns={[
              { header: 'Pool', cell: (p) => p.pool },
              { header: 'Listed in', cell: (p) => <span className="muted">{p.list}</span> },
            ]}
          />
        </InspectorSection>
      )}
      <AnnotationsSection selectedId={nodeId('address', address.chain, address.address)} onNavigate={onNavigate} />
      {address.txCount > 0 && (
        <ClusterSection address={address.address} chain={address.chain} analyzedAt={address.analysis.analyzedAt} onAnalyzed={onAnalyzed} onNavigate={onNavigate} />
      )}
      <AnalysisFactsSection facts={address.analysis} chain={address.chain} subject="address" onNavigate={onNavigate} />
      <TaintSection kind="address" id={address.address} chain={address.chain} base={address.paidIn} />
      <InspectorSection title="Transactions" count={address.txCount}>
        {address.txCount > 0 && <AddressTxTable address={address.address} chain={address.chain} total={address.txCount} currency={fiat?.currency ?? null} onNavigate={onNavigate} />}
      </InspectorSection>
    </div>
  );
}
