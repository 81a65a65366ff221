import type { TxDetails } from '../../../shared/domain/ledger';
import { CopyText } from '../ui/CopyText';
import { formatAmount, formatUnix } from '../ui/format';
import { InfoGrid } from './InfoGrid';
import { NodeLink } from './NodeLink';
import { TagList } from './TagList';

export function TxInspector({ tx, onNavigate }: { tx: TxDetails; onNavigate(id: string): void }) {
  const amount = (v: string | null) => (v === null ? <span className="muted">—</span> : <span className="amount">{formatAmount(v, tx.chain)}</span>);
  return (
    <div className="inspector-body" data-testid="inspector-tx">
      <header className="inspector-head">
        <span className={`kind-badge ${tx.isCoinbase ? 'coinbase' : 'tx'}`}>{tx.isCoinbase ? 'Coinbase tx' : 'Transaction'}</span>
        <span className="chain-badge">{tx.chain}</span>
      </header>
      <CopyText text={tx.txid} className="inspector-id" />
      <InfoGrid
        rows={[
          ['Block', tx.blockHeight === null ? '—' : <span className="mono">{tx.blockHeight.toLocaleString('en-US')}</span>],
          ['Time', <span className="mono">{formatUnix(tx.blockTime)}</span>],
          ['Input value', amount(tx.inputValue)],
          ['Output value', amount(tx.outputValue)],
          ['Fee', amount(tx.fee)],
          ...(tx.coinbaseText !== null ? ([['Coinbase text', <span className="mono wrap">{tx.coinbaseText}</span>]] as [string, React.ReactNode][]) : []),
          ...tx.pool.map((p): [string, React.ReactNode] => [`Pool (${p.list})`, `${p.pool ?? 'unknown'} · by ${p.method}`]),
        ]}
      />
      <TagList tags={tx.tags} />
      <section className="inspector-section">
        <h3>
          Inputs <span className="count">{tx.inputs.length}</span>
        </h3>
        <table className="data-table" data-testid="tx-inputs">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>Address</th>
              <th className="num">Value ({tx.chain})</th>
            </tr>
          </thead>
          <tbody>
            {tx.inputs.map((i) => (
              <tr key={i.vin}>
                <td className="num">{i.vin}</td>
                <td>
                  {tx.isCoinbase && i.prevTxid === null ? (
                    <span className="muted">newly minted coins</span>
                  ) : (
                    <NodeLink kind="address" chain={tx.chain} value={i.address} onNavigate={onNavigate} />
                  )}
                </td>
                <td className="num">{amount(i.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="inspector-section">
        <h3>
          Outputs <span className="count">{tx.outputs.length}</span>
        </h3>
        <table className="data-table" data-testid="tx-outputs">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>Address</th>
              <th className="num">Value ({tx.chain})</th>
              <th>Spent by</th>
            </tr>
          </thead>
          <tbody>
            {tx.outputs.map((o) => (
              <tr key={o.vout}>
                <td className="num">{o.vout}</td>
                <td>
                  {o.address ? <NodeLink kind="address" chain={tx.chain} value={o.address} onNavigate={onNavigate} /> : <span className="muted">{o.scriptType}</span>}
                </td>
                <td className="num">{amount(o.value)}</td>
                <td>
                  {o.spentByTxid ? <NodeLink kind="tx" chain={tx.chain} value={o.spentByTxid} onNavigate={onNavigate} /> : <span className="muted">unspent here</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {tx.sources.length > 0 && <p className="inspector-foot muted">Sources: {tx.sources.join(', ')}</p>}
    </div>
  );
}
