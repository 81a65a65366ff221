import type { AnnotationSubject } from '../../../shared/domain/annotation';
import { Chain } from '../../../shared/domain/chain';
import { parseNodeId } from '../../../shared/domain/graph';

/** A ledger edge on the canvas: "tx:CHAIN:TXID>oN" (output N) or "tx:CHAIN:TXID<iN" (input N), as slices name them. */
const LEDGER_EDGE = /^tx:([A-Z]+):([^<>]+)([<>])[io](\d+)$/;
/** A cluster box on the canvas: "cluster:CHAIN:ID". */
const CLUSTER_BOX = /^cluster:([A-Z]+):(\d+)$/;

const chainOf = (text: string | undefined): Chain | null => {
  const parsed = Chain.safeParse(text);
  return parsed.success ? parsed.data : null;
};

/**
 * The annotation subject of a canvas selection: an address or transaction node, a ledger edge (an output is named
 * "txid:vout" as investigators write it, an input "txid:inN") or a cluster box. Null for anything else.
 */
export function subjectOf(selectedId: string | null): AnnotationSubject | null {
  if (!selectedId) return null;
  const edge = LEDGER_EDGE.exec(selectedId);
  if (edge) {
    const chain = chainOf(edge[1]);
    return chain ? { type: 'edge', chain, id: edge[3] === '>' ? `${edge[2]}:${edge[4]}` : `${edge[2]}:in${edge[4]}` } : null;
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
