import type Database from 'better-sqlite3';
import { nodeId, type GraphEdge, type GraphNode, type GraphSlice } from '../../../shared/domain/graph';

/**
 * The newest transactions with the addresses they touch, as a bipartite graph: address -> tx for inputs,
 * tx -> address for outputs. Enough for a first look; expansion and views come with the workspace.
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
  const category = db.prepare(`SELECT category FROM tags WHERE chain = ? AND subject = ? AND category IS NOT NULL
    ORDER BY coalesce(confidence_score, 0) DESC LIMIT 1`).pluck();
  const addNode = (node: GraphNode) => void (nodes.has(node.id) || nodes.set(node.id, node));
  const outputs = db.prepare(`SELECT o.vout AS n, a.address, sum(o.value) AS value FROM tx_outputs o
    JOIN addresses a ON a.id = o.address_id WHERE o.tx_id = ? GROUP BY a.id`);
  const inputs = db.prepare(`SELECT min(i.vin) AS n, a.address, sum(coalesce(i.value, 0)) AS value FROM tx_inputs i
    JOIN addresses a ON a.id = i.address_id WHERE i.tx_id = ? GROUP BY a.id`);
  for (const tx of shown) {
    const txNode = nodeId('tx', tx.chain, tx.txid);
    addNode({ id: txNode, kind: 'tx', label: `${tx.txid.slice(0, 10)}…`, category: null, time: tx.time, isCoinbase: tx.isCoinbase === 1 });
    const addressNode = (address: string) => {
      const id = nodeId('address', tx.chain, address);
      addNode({ id, kind: 'address', label: address, category: (category.get(tx.chain, address) as string | undefined) ?? null, time: null, isCoinbase: false });
      return id;
    };
    for (const o of outputs.all(tx.id) as { n: number; address: string; value: number }[]) {
      edges.push({ id: `${txNode}>o${o.n}`, source: txNode, target: addressNode(o.address), value: String(o.value) });
    }
    for (const i of inputs.all(tx.id) as { n: number; address: string; value: number }[]) {
      edges.push({ id: `${txNode}<i${i.n}`, source: addressNode(i.address), target: txNode, value: String(i.value) });
    }
  }
  return { nodes: [...nodes.values()], edges, truncated };
}
