import { Chain } from '../../../shared/domain/chain';

/** A cluster box on the graph (`cluster:CHAIN:ID`, drawn by the Clusters button) as its chain and stored cluster id. */
export function parseClusterNodeId(id: string): { chain: Chain; clusterId: string } | null {
  const m = /^cluster:([A-Z]+):(\d{1,15})$/.exec(id);
  const chain = Chain.safeParse(m?.[1]);
  return m && chain.success ? { chain: chain.data, clusterId: m[2] as string } : null;
}
