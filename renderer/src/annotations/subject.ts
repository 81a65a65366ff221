import type { AnnotationSubject } from '../../../shared/domain/annotation';
import { Chain } from '../../../shared/domain/chain';
import { parseNodeId } from '../../../shared/domain/graph';

/** A ledger edge on the canvas as slices name it: "tx:CHAIN:TXID>oN" (output N), "<iN" (input N), "<tN" / ">tN" (transfer log N). */
const LEDGER_EDGE = /^tx:([A-Z]+):([^<>]+)[<>]([iot])(\d+)$/;
const EDGE_NAME = { o: '', i: 'in', t: 'log' } as const;
/** A cluster box on the canvas: "cluster:CHAIN:ID". */
const CLUSTER_BOX = /^cluster:([A-Z]+):(\d+)$/;

const chainOf = (text: string | undefined): Chain | null => {
  const parsed = Chain.safeParse(text);
  return parsed.success ? parsed.data : null;
};

/**
 * The annotation subject of a canvas selection: an address or transaction node, a ledger edge (an output is named
 * "txid:vout" as investigators write it, an input "txid:inN", a transfer "txid:logN") or a cluster box. Null otherwise.
 */
export function subjectOf(selectedId: string | null): AnnotationSubject | null {
  if (!selectedId) return null;
  const edge = LEDGER_EDGE.exec(selectedId);
  if (edge) {
    const chain = chainOf(edge[1]);
    return chain ? { type: 'edge', chain, id: `${edge[2]}:${EDGE_NAME[edge[3] as keyof typeof EDGE_NAME]}${edge[4]}` } : null;
  }
  const cluster = CLUSTER_BOX.exec(selectedId);
  if (cluster) {
    const chain = chainOf(cluster[1]);
    return chain ? { type: 'cluster', chain, id: cluster[2]! } : null;
  }
  const node = parseNodeId(selectedId);
  const chain = chainOf(node?.chain);
  return node && chain ? { type: node.kind, chain, id: node.key } : null;
}

/** True when a selection names a graph node the ledger knows (not an edge or a box). */
export const isLedgerNode = (selectedId: string | null): boolean => subjectOf(selectedId)?.type === 'address' || subjectOf(selectedId)?.type === 'tx';
