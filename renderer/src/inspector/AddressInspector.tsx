import type { AddressDetails } from '../../../shared/domain/ledger';
import { CopyText } from '../ui/CopyText';
import { formatAmount, formatUnix } from '../ui/format';
import { InfoGrid } from './InfoGrid';
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
      <section className="inspector-section">
        <h3>
          Transactions <span className="count">{address.transactions.length}</span>
        </h3>
        <table className="data-table" data-testid="address-transactions">
          <thead>
            <tr>
              <th>Txid</th>
              <th>Time</th>
              <th className="num">Change ({address.chain})</th>
            </tr>
          </thead>
          <tbody>
            {address.transactions.map((t) => (
              <tr key={t.txid}>
                <td>
                  <NodeLink kind="tx" chain={address.chain} value={t.txid} onNavigate={onNavigate} />
                </td>
                <td className="mono nowrap">{formatUnix(t.blockTime)}</td>
                <td className={`num ${t.delta.startsWith('-') ? 'negative' : 'positive'}`}>{amount(t.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
