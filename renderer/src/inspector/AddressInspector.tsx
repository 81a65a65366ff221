import type { AddressDetails } from '../../../shared/domain/ledger';
import { CopyText } from '../ui/CopyText';
import { DataTable } from '../ui/DataTable';
import { formatAmount, formatUnix } from '../ui/format';
import { InfoGrid } from './InfoGrid';
import { InspectorSection } from './InspectorSection';
import { NodeLink } from './NodeLink';
import { TagList } from './TagList';

export function AddressInspector({ address, onNavigate }: { address: AddressDetails; onNavigate(id: string): void }) {
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
          ['Balance (in case)', amount(balance)],
          ['Transactions', <span className="mono">{address.txCount.toLocaleString('en-US')}</span>],
          ['First seen', <span className="mono">{formatUnix(address.firstSeen)}</span>],
          ['Last seen', <span className="mono">{formatUnix(address.lastSeen)}</span>],
        ]}
      />
      <TagList tags={address.tags} />
      <InspectorSection title="Transactions" count={address.transactions.length}>
        <DataTable
          testId="address-transactions"
          rows={address.transactions}
          rowKey={(t) => t.txid}
          columns={[
            { header: 'Txid', cell: (t) => <NodeLink kind="tx" chain={address.chain} value={t.txid} onNavigate={onNavigate} /> },
            { header: 'Time', cell: (t) => <span className="mono nowrap">{formatUnix(t.blockTime)}</span> },
            {
              header: `Change (${address.chain})`,
              numeric: true,
              className: (t) => (t.delta.startsWith('-') ? 'negative' : 'positive'),
              cell: (t) => amount(t.delta),
            },
          ]}
        />
      </InspectorSection>
    </div>
  );
}
