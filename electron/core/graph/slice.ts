import type Database from 'better-sqlite3';
import { nodeId, type GraphEdge, type GraphNode, type GraphSlice } from '../../../shared/domain/graph';
import { isTxKey, rowId, type NodeKey } from './node-ref';

interface TxRow { chain: string; txid: string; time: number | null; isCoinbase: number }
interface FlowRow { n: number; addressId: number; value: number }

/**
 * The nodes of `keys` and every ledger edge between two of them, shaped as graph.overview shapes them (same node
 * labels and edge ids: one edge per tx and address, named by the lowest vout/vin) so slices merge on the canvas.
 */
export function sliceOf(db: Database.Database, keys: Iterable<NodeKey>, truncated = false): GraphSlice {
  const set = new Set(keys);
  const tx = db.prepare('SELECT chain, txid, block_time AS time, is_coinbase AS isCoinbase FROM transactions WHERE id = ?');
  const address = db.prepare('SELECT chain, address FROM addresses WHERE id = ?');
  const category = db.prepare(`SELECT category FROM tags WHERE chain = ? AND subject = ? AND category IS NOT NULL
    ORDER BY coalesce(confidence_score, 0) DESC LIMIT 1`).pluck();
  const outputs = db.prepare(`SELECT min(vout) AS n, address_id AS addressId, sum(value) AS value FROM tx_outputs
    WHERE tx_id = ? AND address_id IS NOT NULL GROUP BY address_id`);
  const inputs = db.prepare(`SELECT min(vin) AS n, address_id AS addressId, sum(coalesce(value, 0)) AS value FROM tx_inputs
    WHERE tx_id = ? AND address_id IS NOT NULL GROUP BY address_id`);
  const nodes: GraphNode[] = [];
  const ids = new Map<NodeKey, string>();
  for (const key of set) {
    if (isTxKey(key)) {
      const row = tx.get(rowId(key)) as TxRow | undefined;
      if (!row) continue;
      const id = nodeId('tx', row.chain, row.txid);
      ids.set(key, id);
      nodes.push({ id, kind: 'tx', label: `${row.txid.slice(0, 10)}…`, category: null, time: row.time, isCoinbase: row.isCoinbase === 1 });
    } else {
      const row = address.get(rowId(key)) as { chain: string; address: string } | undefined;
      if (!row) continue;
      const id = nodeId('address', row.chain, row.address);
      ids.set(key, id);
      const cat = (category.get(row.chain, row.address) as string | undefined) ?? null;
      nodes.push({ id, kind: 'address', label: row.address, category: cat, time: null, isCoinbase: false });
    }
  }
  const edges: GraphEdge[] = [];
  for (const [key, txNode] of ids) {
    if (!isTxKey(key)) continue;
    for (const o of outputs.all(rowId(key)) as FlowRow[]) {
      const target = ids.get(`a${o.addressId}`);
      if (target) edges.push({ id: `${txNode}>o${o.n}`, source: txNode, target, value: String(o.value) });
    }
    for (const i of inputs.all(rowId(key)) as FlowRow[]) {
      const source = ids.get(`a${i.addressId}`);
      if (source) edges.push({ id: `${txNode}<i${i.n}`, source, target: txNode, value: String(i.value) });
    }
  }
  return { nodes, edges, truncated };
}
