import type { TxDetails } from '../../../shared/domain/ledger';
import type { LedgerEdgeId } from '../graph/selection-id';
import { formatAmount, formatUnix } from '../ui/format';
import { AnnotationsSection } from './AnnotationsSection';
import { InfoGrid } from './InfoGrid';
import { NodeLink } from './NodeLink';

/** The address an edge joins and what it carries: the edge sums every input or output of that address in the tx. */
function flowOf(tx: TxDetails, edge: LedgerEdgeId): { address: string | null; value: bigint | null } {
  if (edge.kind === 't') return { address: null, value: null };
  const rows = edge.kind === 'o' ? tx.outputs.map((o) => ({ n: o.vout, address: o.address, value: o.value })) : tx.inputs.map((i) => ({ n: i.vin, address: i.address, value: i.value }));
  const address = rows.find((r) => r.n === edge.index)?.address ?? null;
  if (address === null) return { address, value: null };
  return { address, value: rows.filter((r) => r.address === address).reduce((sum, r) => sum + BigInt(r.value ?? '0'), 0n) };
}

const TITLES = { o: 'Paid to', i: 'Spent from', t: 'Transfer' } as const;

/** A selected flow (edge): which transaction and address it joins, its amount and time, and its annotations. */
export function EdgeInspector({ edgeId, edge, tx, onNavigate }: { edgeId: string; edge: LedgerEdgeId; tx: TxDetails; onNavigate(id: string): void }) {
  const { address, value } = flowOf(tx, edge);
  const link = (kind: 'address' | 'tx', v: string | null) => <NodeLink kind={kind} chain={tx.chain} value={v} onNavigate={onNavigate} />;
  return (
    <div className="inspector-body" data-testid="inspector-edge">
      <header className="inspector-head">
        <span className="kind-badge">Flow</span>
        <span className="chain-badge">{tx.chain}</span>
        <span className="muted">{edge.kind === 'o' ? `output ${edge.index}` : edge.kind === 'i' ? `input ${edge.index}` : `log ${edge.index}`}</span>
      </header>
      <InfoGrid
        rows={[
          ['Transaction', link('tx', tx.txid)],
          [TITLES[edge.kind], link('address', address)],
          ['Amount', value === null ? <span className="muted">—</span> : <span className="amount">{formatAmount(value.toString(), tx.chain)}</span>],
          ['Time', <span className="mono">{formatUnix(tx.blockTime)}</span>],
        ]}
      />
      <AnnotationsSection selectedId={edgeId} onNavigate={onNavigate} />
    </div>
  );
}
