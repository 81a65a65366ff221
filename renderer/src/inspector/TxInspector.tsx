import type { TxDetails } from '../../../shared/domain/ledger';
import { nodeId } from '../../../shared/domain/graph';
import { CopyText } from '../ui/CopyText';
import { DataTable } from '../ui/DataTable';
import { fiatFigure, fiatText } from '../ui/fiat-text';
import { formatAmount, formatUnix } from '../ui/format';
import { InfoGrid } from './InfoGrid';
import { InspectorSection } from './InspectorSection';
import { NodeLink } from './NodeLink';
import { AnalysisFactsSection } from './AnalysisFactsSection';
import { AnnotationsSection } from './AnnotationsSection';
import { TagList } from './TagList';
import { TaintSection } from './TaintSection';

export function TxInspector({ tx, onNavigate }: { tx: TxDetails; onNavigate(id: string): void }) {
  const amount = (v: string | null) => (v === null ? <span className="muted">—</span> : <span className="amount">{formatAmount(v, tx.chain)}</span>);
  const fiat = (v: string | null) => fiatText(v, tx.chain, tx.fiat);
  /** The amount with its value at the transaction's time beside it, where a price covers the day. */
  const valued = (v: string | null) => (
    <>
      {amount(v)}
      {fiat(v) !== null && <span className="muted fiat" data-testid="fiat-value">{` · ${fiat(v)}`}</span>}
    </>
  );
  const fiatColumn = <T extends { value: string | null }>() =>
    tx.fiat ? [{ header: `Value (${tx.fiat.currency})`, numeric: true, className: () => 'nowrap', cell: (r: T) => fiatFigure(r.value, tx.chain, tx.fiat) ?? <span className="muted">—</span> }] : [];
  const link = (kind: 'address' | 'tx', value: string | null) => <NodeLink kind={kind} chain={tx.chain} value={value} onNavigate={onNavigate} />;
  const valueHeader = `Value (${tx.chain})`;
  // Block attribution concerns coinbase transactions; elsewhere an all-unknown answer is noise.
  const showPools = tx.pool.length > 0 && (tx.isCoinbase || tx.pool.some((p) => p.pool !== null));
  const namedPools = new Set(tx.pool.flatMap((p) => (p.pool === null ? [] : [p.pool])));
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
          ['Input value', valued(tx.inputValue)],
          ['Output value', valued(tx.outputValue)],
          ['Fee', valued(tx.fee)],
          ...(tx.fiat ? [['Price', <span className="mono" title="From an imported price series: the quote covering the block time">{`${tx.fiat.price} ${tx.fiat.currency}/${tx.chain} at ${formatUnix(tx.fiat.at)}`}</span>] as [string, React.ReactNode]] : []),
          ...(tx.coinbaseText !== null ? [['Coinbase text', <span className="mono wrap">{tx.coinbaseText}</span>] as [string, React.ReactNode]] : []),
        ]}
      />
      {showPools && (
        <InspectorSection title={tx.isCoinbase ? 'Mining pool (M1)' : 'Block mined by (M1)'}>
          <DataTable
            compact
            testId="tx-pools"
            rows={tx.pool}
            rowKey={(p) => p.list}
            columns={[
              { header: 'Pool', cell: (p) => p.pool ?? <span className="muted">unknown</span> },
              { header: 'By', cell: (p) => (p.method === 'unknown' ? '—' : p.method === 'address' ? 'payout address' : 'coinbase tag') },
              { header: 'List', cell: (p) => <span className="muted" title={p.evidence ?? undefined}>{p.list}</span> },
            ]}
          />
          {namedPools.size > 1 && (
            <p className="muted table-note" data-testid="tx-pools-conflict">
              The lists disagree. Lineage, tables and the report credit {tx.attributedPool} (a payout address before a tag, then the earliest list).
            </p>
          )}
        </InspectorSection>
      )}
      <TagList tags={tx.tags} />
      <AnnotationsSection selectedId={nodeId('tx', tx.chain, tx.txid)} onNavigate={onNavigate} />
      <AnalysisFactsSection facts={tx.analysis} chain={tx.chain} subject="tx" onNavigate={onNavigate} />
      <TaintSection kind="tx" id={tx.txid} chain={tx.chain} base={tx.outputValue} />
      <InspectorSection title="Inputs" count={tx.inputs.length}>
        {tx.isCoinbase && tx.inputs.length === 0 && <p className="muted table-note">Newly minted coins: the block reward plus the block's fees.</p>}
        {tx.inputs.length > 0 && (
        <DataTable
          testId="tx-inputs"
          rows={tx.inputs}
          rowKey={(i) => i.vin}
          columns={[
            { header: '#', numeric: true, cell: (i) => i.vin },
            {
              header: 'Address',
              cell: (i) =>
                tx.isCoinbase ? <span className="muted">newly minted coins</span> : i.address ? link('address', i.address) : <span className="muted">not in case</span>,
            },
            { header: valueHeader, numeric: true, cell: (i) => amount(i.value) },
            ...fiatColumn<(typeof tx.inputs)[number]>(),
            {
              header: 'Spends',
              cell: (i) =>
                i.prevTxid === null ? null : (
                  <>
                    {link('tx', i.prevTxid)}
                    <span className="muted mono">:{i.prevVout}</span>
                  </>
                ),
            },
          ]}
        />
        )}
      </InspectorSection>
      {tx.transfers.length > 0 && (
        <InspectorSection title="Transfers" count={tx.transfers.length}>
          <div className="table-scroll">
          <DataTable
            testId="tx-transfers"
            rows={tx.transfers}
            rowKey={(t) => `${t.logIndex}:${t.token}`}
            columns={[
              { header: 'From', cell: (t) => link('address', t.from) },
              { header: 'To', cell: (t) => (t.to ? link('address', t.to) : <span className="muted">contract creation</span>) },
              // Token amounts are in the token's own base units (its decimals are not in the case).
              { header: 'Value', numeric: true, cell: (t) => (t.token === '' ? amount(t.value) : <span className="amount" title={`token ${t.token}`}>{t.value} (token)</span>) },
            ]}
          />
          </div>
        </InspectorSection>
      )}
      <InspectorSection title="Outputs" count={tx.outputs.length}>
        <DataTable
          testId="tx-outputs"
          rows={tx.outputs}
          rowKey={(o) => o.vout}
          columns={[
            { header: '#', numeric: true, cell: (o) => o.vout },
            { header: 'Address', cell: (o) => (o.address ? link('address', o.address) : <span className="muted">{o.scriptType}</span>) },
            { header: valueHeader, numeric: true, cell: (o) => amount(o.value) },
            ...fiatColumn<(typeof tx.outputs)[number]>(),
            { header: 'Spent by', cell: (o) => (o.spentByTxid ? link('tx', o.spentByTxid) : <span className="muted" title="No transaction in the case spends this output">—</span>) },
          ]}
        />
      </InspectorSection>
      {tx.sources.length > 0 && <p className="inspector-foot muted">Sources: {tx.sources.join(', ')}</p>}
    </div>
  );
}
