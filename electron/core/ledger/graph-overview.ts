import type Database from 'better-sqlite3';
import { nodeId, type GraphEdge, type GraphNode, type GraphSlice } from '../../../shared/domain/graph';
import { AddressFactsReader, sentTotal } from '../graph/address-facts';
import { offchainEdges } from '../graph/offchain-edges';
import { flowEdge, TxFlows } from '../graph/tx-flows';

/**
 * The newest transactions with the addresses they touch, as a bipartite graph: address -> tx for inputs (and the
 * senders of native transfers), tx -> address for outputs (and their recipients). Edges are named as every slice
 * names them (TxFlows), so later expansions merge with this first look.
 */
export function graphOverview(db: Database.Database, limit: number): GraphSlice {
  const txs = db
    .prepare(`SELECT id, chain, txid, block_time AS time, is_coinbase AS isCoinbase FROM transactions
      ORDER BY block_time DESC, id DESC LIMIT ?`)
    .all(limit + 1) as { id: number; chain: string; txid: string; time: number | null; isCoinbase: number }[];
  const truncated = txs.length > limit;
  const shown = txs.slice(0, limit);
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const facts = new AddressFactsReader(db);
  const addressOf = db.prepare('SELECT chain, address FROM addresses WHERE id = ?');
  const flows = new TxFlows(db);
  const addNode = (node: GraphNode) => void (nodes.has(node.id) || nodes.set(node.id, node));
  const addressNode = (addressId: number) => {
    const { chain, address } = addressOf.get(addressId) as { chain: string; address: string };
    const id = nodeId('address', chain, address);
    if (!nodes.has(id)) addNode({ id, kind: 'address', label: address, ...facts.of(chain, address), time: null, isCoinbase: false });
    return id;
  };
  for (const tx of shown) {
    const txNode = nodeId('tx', tx.chain, tx.txid);
    const txFlows = flows.of(tx.id);
    addNode({ id: txNode, kind: 'tx', label: `${tx.txid.slice(0, 10)}…`, category: null, time: tx.time, isCoinbase: tx.isCoinbase === 1, value: sentTotal(txFlows) });
    for (const flow of txFlows) {
      edges.push(flowEdge(txNode, flow, addressNode(flow.addressId)));
    }
  }
  const shownNodes = [...nodes.values()];
  return { nodes: shownNodes, edges: [...edges, ...offchainEdges(db, shownNodes)], truncated };
}
