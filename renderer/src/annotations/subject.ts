import type { AnnotationSubject } from '../../../shared/domain/annotation';
import { Chain } from '../../../shared/domain/chain';
import { parseNodeId } from '../../../shared/domain/graph';
import { parseClusterBox, parseLedgerEdge } from '../graph/selection-id';

const EDGE_NAME = { o: '', i: 'in', t: 'log' } as const;

/**
 * The annotation subject of a canvas selection: an address or transaction node, a ledger edge (an output is named
 * "txid:vout" as investigators write it, an input "txid:inN", a transfer "txid:logN") or a cluster box. Null otherwise.
 */
export function subjectOf(selectedId: string | null): AnnotationSubject | null {
  if (!selectedId) return null;
  const edge = parseLedgerEdge(selectedId);
  if (edge) return { type: 'edge', chain: edge.chain, id: `${edge.txid}:${EDGE_NAME[edge.kind]}${edge.index}` };
  const cluster = parseClusterBox(selectedId);
  if (cluster) return { type: 'cluster', chain: cluster.chain, id: cluster.clusterId };
  const node = parseNodeId(selectedId);
  const chain = Chain.safeParse(node?.chain);
  return node && chain.success ? { type: node.kind, chain: chain.data, id: node.key } : null;
}
