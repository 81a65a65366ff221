import { parseNodeId } from '../../../shared/domain/graph';
import { Chain } from '../../../shared/domain/chain';
import type { ClusterView } from '../../../shared/domain/analysis';
import type { AddressDetails, TxDetails } from '../../../shared/domain/ledger';
import { useApp } from '../app/runtime-context';
import { parseClusterBox, parseLedgerEdge, type LedgerEdgeId } from '../graph/selection-id';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useLoad } from '../ui/use-load';
import { AddressInspector } from './AddressInspector';
import { ClusterInspector } from './ClusterInspector';
import { EdgeInspector } from './EdgeInspector';
import { MEMBER_LIMIT } from './ClusterSection';
import { TxInspector } from './TxInspector';

type Loaded = { kind: 'edge'; tx: TxDetails; edge: LedgerEdgeId; id: string } | { kind: 'tx'; tx: TxDetails } | { kind: 'address'; address: AddressDetails } | { kind: 'cluster'; view: ClusterView; chain: Chain };

/** Details of the selected graph node, fetched with tx.get / address.get / cluster.get. */
export function Inspector({ selectedId, onNavigate }: { selectedId: string | null; onNavigate(id: string): void }) {
  const { client } = useApp();
  const edge = selectedId ? parseLedgerEdge(selectedId) : null;
  const parsed = selectedId && !edge ? parseNodeId(selectedId) : null;
  const cluster = selectedId ? parseClusterBox(selectedId) : null;
  const loaded = useLoad<Loaded>(parsed || cluster || edge ? selectedId : null, async () => {
    if (edge) return { kind: 'edge', edge, id: selectedId!, tx: await client.call('tx.get', { txid: edge.txid, chain: edge.chain }) };
    if (cluster) return { kind: 'cluster', view: await client.call('cluster.get', { id: cluster.clusterId, limit: MEMBER_LIMIT }), chain: cluster.chain };
    const target = parsed!;
    const chain = Chain.safeParse(target.chain);
    const scope = chain.success ? { chain: chain.data } : {};
    return target.kind === 'tx'
      ? { kind: 'tx', tx: await client.call('tx.get', { txid: target.key, ...scope }) }
      : { kind: 'address', address: await client.call('address.get', { address: target.key, ...scope }) };
  });
  if (!parsed && !cluster && !edge) {
    return (
      <div className="inspector-empty">
        <p>Select an address, a transaction, a flow (edge) or a cluster box on the graph to inspect it.</p>
        <ul className="legend">
          <li><span className="legend-swatch address" /> address</li>
          <li><span className="legend-swatch tx" /> transaction</li>
          <li><span className="legend-swatch coinbase" /> coinbase transaction</li>
          <li><span className="legend-swatch tagged" /> tagged address</li>
        </ul>
      </div>
    );
  }
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (!loaded.data) return <p className="muted inspector-loading">Loading…</p>;
  const data = loaded.data;
  if (data.kind === 'edge') return <EdgeInspector edgeId={data.id} edge={data.edge} tx={data.tx} onNavigate={onNavigate} />;
  if (data.kind === 'cluster') return <ClusterInspector view={data.view} chain={data.chain} onNavigate={onNavigate} />;
  return data.kind === 'tx' ? (
    <TxInspector tx={data.tx} onNavigate={onNavigate} />
  ) : (
    <AddressInspector address={data.address} onAnalyzed={loaded.reload} onNavigate={onNavigate} />
  );
}
