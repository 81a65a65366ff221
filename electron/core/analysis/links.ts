import type Database from 'better-sqlite3';
import type { OffchainLink } from './taint/trace-engine';

/** Off-chain links keyed by their from-address row id, with the annotation (note and data) that justifies each. */
export function loadOffchainLinks(db: Database.Database): Map<number, OffchainLink[]> {
  const rows = db
    .prepare(`SELECT l.annotation_id AS annotationId, fa.id AS "from", ta.id AS "to", a.note, a.data FROM offchain_links l
      JOIN annotations a ON a.id = l.annotation_id
      JOIN addresses fa ON fa.chain = l.chain AND fa.address = l.from_address
      JOIN addresses ta ON ta.chain = l.chain AND ta.address = l.to_address`)
    .all() as { annotationId: number; from: number; to: number; note: string; data: string }[];
  const links = new Map<number, OffchainLink[]>();
  for (const r of rows) {
    const list = links.get(r.from) ?? [];
    list.push({ annotationId: r.annotationId, from: r.from, to: r.to, note: r.note, data: JSON.parse(r.data) as Record<string, unknown> });
    links.set(r.from, list);
  }
  return links;
}
