import type Database from 'better-sqlite3';
import { nodeId, type GraphEdge, type GraphNode, type GraphSlice } from '../../../shared/domain/graph';
import { AddressFactsReader, sentTotal } from './address-facts';
import { offchainEdges } from './offchain-edges';
import { isTxKey, rowId, type NodeKey } from './node-ref';
import { flowEdge, TxFlows, type TxFlow } from './tx-flows';

interface TxRow { chain: string; txid: string; time: number | null; isCoinbase: number }

/**
 * The nodes of `keys` and every ledger edge between two of them, shaped as graph.overview shapes them (same node
 * labels and edge ids: one edge per tx, address and direction, see TxFlows) so slices merge on the canvas.
 */
export function sliceOf(db: Database.Database, keys: Iterable<NodeKey>, truncated = false): GraphSlice {
  const set = new Set(keys);
  const tx = db.prepare('SELECT chain, txid, block_time AS time, is_coinbase AS isCoinbase FROM transactions WHERE id = ?');
  const address = db.prepare('SELECT chain, address FROM addresses WHERE id = ?');
  const facts = new AddressFactsReader(db);
  const flows = new TxFlows(db);
  const nodes: GraphNode[] = [];
  const txFlows = new Map<NodeKey, TxFlow[]>();
  const ids = new Map<NodeKey, string>();
  for (const key of set) {
    if (isTxKey(key)) {
      const row = tx.get(rowId(key)) as TxRow | undefined;
      if (!row) continue;
      const id = nodeId('tx', row.chain, row.txid);
      ids.set(key, id);
      const own = flows.of(rowId(key));
      txFlows.set(key, own);
      nodes.push({ id, kind: 'tx', label: `${row.txid.slice(0, 10)}…`, category: null, time: row.time, isCoinbase: row.isCoinbase === 1, value: sentTotal(own) });
    } else {
      const row = address.get(rowId(key)) as { chain: string; address: string } | undefined;
      if (!row) continue;
      const id = nodeId('address', row.chain, row.address);
      ids.set(key, id);
      nodes.push({ id, kind: 'address', label: row.address, ...facts.of(row.chain, row.address), time: null, isCoinbase: false });
    }
  }
  const edges: GraphEdge[] = [];
  for (const [key, txNode] of ids) {
    if (!isTxKey(key)) continue;
    for (const flow of txFlows.get(key) ?? []) {
      const address = ids.get(`a${flow.addressId}`);
      if (!address) continue;
      edges.push(flowEdge(txNode, flow, address));
    }
  }
  return { nodes, edges: [...edges, ...offchainEdges(db, nodes)], truncated };
}
