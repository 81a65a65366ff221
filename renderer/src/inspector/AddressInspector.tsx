import type { ReactNode } from 'react';
import { nodeId } from '../../../shared/domain/graph';
import type { AddressDetails } from '../../../shared/domain/ledger';
import { CopyText } from '../ui/CopyText';
import { DataTable } from '../ui/DataTable';
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
          ['Received', amount(address.received)],
          ['Sent', amount(address.sent)],
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
        {address.txCount > 0 && <AddressTxTable address={address.address} chain={address.chain} total={address.txCount} onNavigate={onNavigate} />}
      </InspectorSection>
    </div>
  );
}
