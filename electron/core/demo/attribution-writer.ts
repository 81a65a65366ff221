import type Database from 'better-sqlite3';
import type { ActorRecord, PoolRecord, TagRecord } from '../import/records';
import type { DemoAnnotationRecord } from './demo-records';

/**
 * Writes the demo's attribution (pools, actors, tags) and its annotation with off-chain link, inside the caller's
 * transaction. Idempotent like the ledger writer: writing the same records twice adds nothing.
 */
export class AttributionWriter {
  tags = 0;
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    private readonly sourceId: number,
    private readonly now: string,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      pool: p(`INSERT INTO pools (list_source_id, slug, name, link) VALUES (?, ?, ?, ?)
        ON CONFLICT (list_source_id, slug) DO UPDATE SET name = excluded.name RETURNING id`).pluck(),
      poolAddress: p('INSERT OR IGNORE INTO pool_addresses (pool_id, address) VALUES (?, ?)'),
      poolTag: p('INSERT OR IGNORE INTO pool_tags (pool_id, pattern) VALUES (?, ?)'),
      actor: p(`INSERT OR IGNORE INTO actors (id, label, categories, uri, origin_source_id) VALUES (?, ?, ?, ?, ?)`),
      tag: p(`INSERT OR IGNORE INTO tags (subject_type, chain, subject, label, category, actor, source, confidence,
        confidence_score, origin_source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      findAnnotation: p(`SELECT id FROM annotations WHERE chain = ? AND subject = ? AND kind = ? AND data = ?`).pluck(),
      annotation: p(`INSERT INTO annotations (subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)`),
      link: p(`INSERT INTO offchain_links (annotation_id, chain, from_address, to_address, confidence, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
    };
  }

  pool(record: PoolRecord): void {
    const id = this.stmt.pool.get(this.sourceId, record.slug, record.name, record.link) as number;
    for (const address of record.addresses) this.stmt.poolAddress.run(id, address);
    for (const pattern of record.tags) this.stmt.poolTag.run(id, pattern);
  }

  actor(record: ActorRecord): void {
    this.stmt.actor.run(record.id, record.label, JSON.stringify(record.categories), record.uri, this.sourceId);
  }

  tag(r: TagRecord): void {
    const info = this.stmt.tag.run(r.subjectType, r.chain, r.subject, r.label, r.category, r.actor, r.source, r.confidence, r.confidenceScore, this.sourceId);
    this.tags += info.changes;
  }

  annotation(r: DemoAnnotationRecord): void {
    const data = JSON.stringify(r.data);
    if (this.stmt.findAnnotation.get(r.chain, r.subject, r.annotationKind, data) !== undefined) return;
    const id = this.stmt.annotation.run(r.subjectType, r.chain, r.subject, r.annotationKind, r.note, data, r.confidence, this.now, this.now).lastInsertRowid;
    this.stmt.link.run(id, r.chain, r.subject, r.linkTo, r.confidence, this.now);
  }
}
