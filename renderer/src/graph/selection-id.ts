import { Chain } from '../../../shared/domain/chain';

/**
 * What a canvas selection can be besides an address or transaction node (shared/domain/graph nodeId): a ledger edge
 * or a cluster box. Derived edges (address flow, folded boxes) and wallet boxes have no ledger identity.
 */

/** A ledger edge as slices name it: "tx:CHAIN:TXID>oN" (output N), "<iN" (input N), "<tN" / ">tN" (transfer log N). */
export interface LedgerEdgeId {
  chain: Chain;
  txid: string;
  kind: 'o' | 'i' | 't';
  index: number;
}

export function parseLedgerEdge(id: string): LedgerEdgeId | null {
  const m = /^tx:([A-Z]+):([^<>]+)[<>]([iot])(\d{1,9})$/.exec(id);
  const chain = Chain.safeParse(m?.[1]);
  return m && chain.success ? { chain: chain.data, txid: m[2]!, kind: m[3] as LedgerEdgeId['kind'], index: Number(m[4]) } : null;
}

/** A cluster box drawn by the Clusters button ("cluster:CHAIN:ID") as its chain and stored cluster id. */
export function parseClusterBox(id: string): { chain: Chain; clusterId: string } | null {
  const m = /^cluster:([A-Z]+):(\d{1,15})$/.exec(id);
  const chain = Chain.safeParse(m?.[1]);
  return m && chain.success ? { chain: chain.data, clusterId: m[2]! } : null;
}
