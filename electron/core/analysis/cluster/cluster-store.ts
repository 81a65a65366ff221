import type Database from 'better-sqlite3';
import type { ClusteringDiff } from '../../../../shared/domain/analysis';
import { BatchInsert } from '../batch-insert';
import type { AddressTag } from '../tags';
import { clusterLabel } from './cluster-label';
import { clusterIds, HEURISTIC_CONFIDENCE, type Clustering } from './clustering';

const LIST_LIMIT = 200;

/** Replaces the stored clustering with a new one and returns what changed (clusters merged or split). */
export function storeClustering(db: Database.Database, clustering: Clustering, tags: Map<number, AddressTag[]>): { diff: ClusteringDiff; ids: Int32Array } {
  const { uf, evidence } = clustering;
  const ids = clusterIds(uf);
  const old = new Map<number, number>();
  for (const [addr, cluster] of db.prepare('SELECT address_id, cluster_id FROM cluster_members').raw().iterate() as IterableIterator<[number, number]>) {
    old.set(addr, cluster);
  }
  // Bulk reload: without its indexes the evidence table takes a million rows several times faster; they are rebuilt
  // below exactly as migration 0002 defines them.
  db.exec(`DROP INDEX cluster_evidence_a; DROP INDEX cluster_evidence_b; DROP INDEX cluster_evidence_tx; DROP INDEX cluster_members_cluster;
    DELETE FROM cluster_evidence; DELETE FROM cluster_members; DELETE FROM clusters;`);

  const insertCluster = db.prepare('INSERT INTO clusters (id, size, label, label_category, label_actor, conflicts) VALUES (?, ?, ?, ?, ?, ?)');
  const members = new BatchInsert(db, 'cluster_members', ['address_id', 'cluster_id']);
  const tagsByCluster = new Map<number, AddressTag[]>();
  for (const [addr, list] of tags) {
    if (addr >= ids.length || (uf.size[uf.find(addr)] as number) < 2) continue;
    const id = ids[addr] as number;
    const acc = tagsByCluster.get(id) ?? [];
    acc.push(...list);
    tagsByCluster.set(id, acc);
  }
  let clusters = 0;
  for (let addr = 1; addr < ids.length; addr++) {
    const size = uf.size[uf.find(addr)] as number;
    if (size < 2) continue;
    const id = ids[addr] as number;
    if (id === addr) {
      const { label, conflicts } = clusterLabel(tagsByCluster.get(id) ?? []);
      insertCluster.run(id, size, label?.label ?? null, label?.category ?? null, label?.actor ?? null, JSON.stringify(conflicts));
      clusters += 1;
    }
    members.add(addr, id);
  }
  members.flush();
  const rows = new BatchInsert(db, 'cluster_evidence', ['heuristic', 'tx_id', 'address_a', 'address_b', 'confidence', 'merged']);
  for (let k = 0; k < evidence.length; k++) {
    const h = evidence.heuristic[k] ?? 'C1';
    rows.add(h, evidence.tx[k], evidence.a[k] || null, evidence.b[k] || null, HEURISTIC_CONFIDENCE[h], evidence.merged[k] ? 1 : 0);
  }
  rows.flush();
  db.exec(`CREATE INDEX cluster_evidence_a ON cluster_evidence(address_a); CREATE INDEX cluster_evidence_b ON cluster_evidence(address_b);
    CREATE INDEX cluster_evidence_tx ON cluster_evidence(tx_id); CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);`);

  const newOf = (addr: number): number => ((uf.size[uf.find(addr)] as number) > 1 ? (ids[addr] as number) : addr);
  const fromOld = new Map<number, Set<number>>();
  const intoNew = new Map<number, Set<number>>();
  const touched = new Set<number>(old.keys());
  for (let addr = 1; addr < ids.length; addr++) if ((uf.size[uf.find(addr)] as number) > 1) touched.add(addr);
  for (const addr of touched) {
    const before = old.get(addr) ?? addr;
    const after = addr < ids.length ? newOf(addr) : addr;
    fromOld.set(after, (fromOld.get(after) ?? new Set()).add(before));
    intoNew.set(before, (intoNew.get(before) ?? new Set()).add(after));
  }
  const diff: ClusteringDiff = {
    clustersBefore: new Set(old.values()).size,
    clustersAfter: clusters,
    merged: [...fromOld].filter(([, s]) => s.size > 1).slice(0, LIST_LIMIT).map(([clusterId, s]) => ({ clusterId, from: [...s].sort((x, y) => x - y) })),
    split: [...intoNew].filter(([, s]) => s.size > 1).slice(0, LIST_LIMIT).map(([clusterId, s]) => ({ clusterId, into: [...s].sort((x, y) => x - y) })),
  };
  return { diff, ids };
}
