import type Database from 'better-sqlite3';
import type { CanvasCluster } from '../../../shared/api/methods/graph';
import { NodeRefs, rowId } from './node-ref';

interface MemberRow { clusterId: number; size: number; label: string | null; category: string | null; conflicts: string }

/**
 * The stored clusters (analysis.run) of the given address nodes, with only the members among them: the canvas draws
 * each cluster that holds two or more of its addresses as one box. Unknown ids and transactions are ignored.
 */
export function clustersOf(db: Database.Database, nodeIds: readonly string[]): CanvasCluster[] {
  const refs = new NodeRefs(db);
  const member = db.prepare(`SELECT c.id AS clusterId, c.size, c.label, c.label_category AS category, c.conflicts
    FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id WHERE m.address_id = ?`);
  const clusters = new Map<number, CanvasCluster>();
  for (const id of new Set(nodeIds)) {
    if (!id.startsWith('address:')) continue;
    const key = refs.find(id);
    const row = key ? (member.get(rowId(key)) as MemberRow | undefined) : undefined;
    if (!row) continue;
    const cluster = clusters.get(row.clusterId) ?? {
      // Clusters never span chains (merges need a shared transaction), so the first member's chain is the cluster's.
      id: `cluster:${id.split(':')[1]}:${row.clusterId}`,
      size: row.size,
      label: row.label,
      category: row.category,
      conflicts: (JSON.parse(row.conflicts) as unknown[]).length,
      members: [],
    };
    cluster.members.push(id);
    clusters.set(row.clusterId, cluster);
  }
  return [...clusters.values()].filter((c) => c.members.length >= 2);
}
