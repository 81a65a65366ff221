import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../../shared/address/canonical';
import { AppError } from '../../../../shared/api/errors';
import { ANY_CHAIN } from '../../db/any-chain';
import type { ClusterEvidence, ClusterTag, ClusterView, ClusterWhy, Heuristic } from '../../../../shared/domain/analysis';

interface EvidenceRow {
  id: number;
  heuristic: Heuristic;
  txid: string;
  fromAddress: string | null;
  toAddress: string | null;
  confidence: number;
  merged: number;
}

const EVIDENCE_SELECT = `SELECT e.id, e.heuristic, t.txid, aa.address AS fromAddress, ab.address AS toAddress, e.confidence, e.merged
  FROM cluster_evidence e JOIN transactions t ON t.id = e.tx_id
  LEFT JOIN addresses aa ON aa.id = e.address_a LEFT JOIN addresses ab ON ab.id = e.address_b`;

const NOTES: Record<Heuristic, (r: EvidenceRow) => string> = {
  C1: (r) => `${r.fromAddress} and ${r.toAddress} were spent together as inputs of ${r.txid} (shared input).`,
  C2: (r) => `${r.txid} has the equal-output shape of a CoinJoin; its inputs were not merged.`,
  'C3-reuse': (r) => `${r.txid} pays change back to an input address (${r.toAddress}).`,
  'C3-change': (r) => `${r.toAddress} is the only fresh, non-round output of ${r.txid} with the inputs' script type (one-time change).`,
  C4: (r) => `${r.txid} is a peel step: its larger non-round output (${r.toAddress}) funds the next peel.`,
};

const toEvidence = (r: EvidenceRow): ClusterEvidence => ({
  heuristic: r.heuristic,
  txid: r.txid,
  from: r.fromAddress,
  to: r.toAddress,
  confidence: r.confidence,
  merged: r.merged === 1,
  note: NOTES[r.heuristic](r),
});

/** A cluster id (digits) or a member address to (cluster id, address id); a never-merged address is its own cluster. */
export function resolveCluster(db: Database.Database, ref: string): { clusterId: number; stored: boolean } {
  if (/^\d+$/.test(ref)) {
    const id = Number(ref);
    if (db.prepare('SELECT 1 FROM clusters WHERE id = ?').get(id)) return { clusterId: id, stored: true };
    if (db.prepare('SELECT 1 FROM addresses WHERE id = ?').get(id)) return { clusterId: id, stored: false };
    throw new AppError('NOT_FOUND', `No cluster ${ref} in this case.`);
  }
  const addressId = db.prepare(`SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`).pluck().get(lookupAddress(ref)) as number | undefined;
  if (addressId === undefined) throw new AppError('NOT_FOUND', `Address ${ref} is not in this case.`);
  const clusterId = db.prepare('SELECT cluster_id FROM cluster_members WHERE address_id = ?').pluck().get(addressId) as number | undefined;
  return clusterId === undefined ? { clusterId: addressId, stored: false } : { clusterId, stored: true };
}

export function getCluster(db: Database.Database, ref: string, limit: number): ClusterView {
  const { clusterId, stored } = resolveCluster(db, ref);
  const members = stored
    ? (db.prepare(`SELECT a.address FROM cluster_members m JOIN addresses a ON a.id = m.address_id WHERE m.cluster_id = ?
        ORDER BY a.id LIMIT ?`).pluck().all(clusterId, limit + 1) as string[])
    : (db.prepare('SELECT address FROM addresses WHERE id = ?').pluck().all(clusterId) as string[]);
  const row = db.prepare('SELECT size, label, label_category AS category, label_actor AS actor, conflicts FROM clusters WHERE id = ?').get(clusterId) as
    | { size: number; label: string | null; category: string | null; actor: string | null; conflicts: string }
    | undefined;
  const memberFilter = stored ? 'IN (SELECT address_id FROM cluster_members WHERE cluster_id = @id)' : '= @id';
  const evidence = db
    .prepare(`${EVIDENCE_SELECT} WHERE e.address_a ${memberFilter} OR e.address_b ${memberFilter} ORDER BY e.merged DESC, e.id LIMIT @limit`)
    .all({ id: clusterId, limit: limit + 1 }) as EvidenceRow[];
  const tagsOf = db.prepare(`SELECT DISTINCT label FROM tags WHERE ${ANY_CHAIN} AND subject = ? AND subject_type = 'address' ORDER BY label`).pluck();
  const labelOfSingleton = (): ClusterTag | null => {
    const t = db.prepare(`SELECT label, category, actor, coalesce(confidence_score, 50) / 100.0 AS weight FROM tags
      WHERE ${ANY_CHAIN} AND subject = ? AND subject_type = 'address' ORDER BY confidence_score DESC LIMIT 1`).get(members[0] ?? '') as ClusterTag | undefined;
    return t ?? null;
  };
  return {
    id: clusterId,
    size: row?.size ?? 1,
    label: row ? (row.label === null ? null : { label: row.label, category: row.category, actor: row.actor, weight: labelWeight(db, clusterId, row.label) }) : labelOfSingleton(),
    conflicts: row ? (JSON.parse(row.conflicts) as ClusterTag[]) : [],
    members: members.slice(0, limit).map((address) => ({ address, tags: tagsOf.all(address) as string[] })),
    membersTruncated: members.length > limit,
    evidence: evidence.slice(0, limit).map(toEvidence),
    evidenceTruncated: evidence.length > limit,
  };
}

/** The summed confidence (1 = one tag at 100) of a cluster's members carrying its label. */
function labelWeight(db: Database.Database, clusterId: number, label: string): number {
  const weight = db
    .prepare(`SELECT sum(coalesce(t.confidence_score, 50)) / 100.0 FROM cluster_members m JOIN addresses a ON a.id = m.address_id
      JOIN tags t ON t.subject_type = 'address' AND t.chain = a.chain AND t.subject = a.address WHERE m.cluster_id = ? AND t.label = ?`)
    .pluck()
    .get(clusterId, label) as number | null;
  return weight ?? 0;
}

/** The shortest chain of merges joining a and b: a path in the cluster's merge forest, found breadth-first. */
export function whyClustered(db: Database.Database, a: string, b: string): ClusterWhy {
  const ca = resolveCluster(db, a);
  const cb = resolveCluster(db, b);
  const idOf = (address: string): number => db.prepare(`SELECT id FROM addresses WHERE ${ANY_CHAIN} AND address = ?`).pluck().get(lookupAddress(address)) as number;
  if (!ca.stored || ca.clusterId !== cb.clusterId) return { a, b, sameCluster: a === b, clusterId: a === b ? ca.clusterId : null, chain: [] };
  const edges = db
    .prepare(`SELECT e.id, e.address_a, e.address_b FROM cluster_evidence e JOIN cluster_members m ON m.address_id = e.address_a
      WHERE m.cluster_id = ? AND e.merged = 1`)
    .raw()
    .all(ca.clusterId) as [number, number, number][];
  const adjacency = new Map<number, [number, number][]>();
  const link = (from: number, to: number, id: number): void => {
    const list = adjacency.get(from) ?? [];
    list.push([to, id]);
    adjacency.set(from, list);
  };
  for (const [id, x, y] of edges) {
    link(x, y, id);
    link(y, x, id);
  }
  const start = idOf(a);
  const goal = idOf(b);
  const via = new Map<number, [number, number]>([[start, [start, 0]]]);
  const queue = [start];
  for (let head = 0; head < queue.length && !via.has(goal); head++) {
    const node = queue[head] as number;
    for (const [next, edge] of adjacency.get(node) ?? []) {
      if (via.has(next)) continue;
      via.set(next, [node, edge]);
      queue.push(next);
    }
  }
  const path: number[] = [];
  for (let node = goal; node !== start && via.has(node); ) {
    const [prev, edge] = via.get(node) as [number, number];
    path.unshift(edge);
    node = prev;
  }
  const one = db.prepare(`${EVIDENCE_SELECT} WHERE e.id = ?`);
  return { a, b, sameCluster: true, clusterId: ca.clusterId, chain: path.map((id) => toEvidence(one.get(id) as EvidenceRow)) };
}
