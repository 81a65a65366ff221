import type { ElementDefinition } from 'cytoscape';
import { parseNodeId, type GraphSlice } from '../../../shared/domain/graph';
import { formatAmount } from '../ui/format';
import { captionOf } from './captions/caption-text';
import { edgeWidth, legendKey } from './encoding';

/**
 * What every edge carries: the raw base-unit value (derived edges sum it), the chain, the hover text and the width.
 * Derived edges (collapsed boxes, address flow) use it too, so they look and read like ledger edges.
 */
export const edgeAmountData = (value: string, chain: string) => ({ value, chain, amount: `${formatAmount(value, chain)} ${chain}`, weight: edgeWidth(value) });

/** A slice as cytoscape elements: captions name entities (captionOf); kind and flags become classes the stylesheet keys on. */
export function toElements(slice: GraphSlice): ElementDefinition[] {
  const nodes: ElementDefinition[] = slice.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: captionOf(n), kind: n.kind, category: n.category ?? '', legend: legendKey(n.category), time: n.time },
    classes: [n.kind, n.isCoinbase ? 'coinbase' : '', n.category || n.tag ? 'tagged' : ''].filter(Boolean).join(' '),
  }));
  const edges: ElementDefinition[] = slice.edges.map((e) =>
    e.kind === 'offchain'
      ? // An off-chain link moves no coins: it reads as its justification (service and order), dashed.
        { group: 'edges', data: { id: e.id, source: e.source, target: e.target, amount: `off-chain: ${e.note ?? 'link'}` }, classes: 'offchain' }
      : { group: 'edges', data: { id: e.id, source: e.source, target: e.target, ...edgeAmountData(e.value, parseNodeId(e.source)?.chain ?? 'BTC') } },
  );
  return [...nodes, ...edges];
}
