import type Database from 'better-sqlite3';
import type { ActorRecord, PoolRecord, TagRecord } from './records';

/**
 * Writes tags, actors and mining pools inside the caller's transaction. A tag identical to one already in the case
 * (same subject, label, category, actor and source) is not written again, so re-importing a list adds nothing.
 */
export class AttributionWriter {
  tagsSeen = 0;
  tagsAdded = 0;
  actorsSeen = 0;
  actorsAdded = 0;
  poolsSeen = 0;
  poolsAdded = 0;
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly sourceId: number,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      sameTag: p(`SELECT 1 FROM tags WHERE chain = ? AND subject = ? AND subject_type = ? AND label = ?
        AND category IS ? AND actor IS ? AND source IS ?`).pluck(),
      insertTag: p(`INSERT OR IGNORE INTO tags (subject_type, chain, subject, label, category, actor, source, confidence,
        confidence_score, origin_source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      findActor: p('SELECT label, categories, uri FROM actors WHERE id = ?'),
      insertActor: p('INSERT INTO actors (id, label, categories, uri, origin_source_id) VALUES (?, ?, ?, ?, ?)'),
      updateActor: p('UPDATE actors SET categories = ?, uri = coalesce(uri, ?) WHERE id = ?'),
      insertPool: p('INSERT OR IGNORE INTO pools (list_source_id, slug, name, link) VALUES (?, ?, ?, ?)'),
      poolId: p('SELECT id FROM pools WHERE list_source_id = ? AND slug = ?').pluck(),
      poolAddress: p('INSERT OR IGNORE INTO pool_addresses (pool_id, address) VALUES (?, ?)'),
      poolTag: p('INSERT OR IGNORE INTO pool_tags (pool_id, pattern, syntax) VALUES (?, ?, ?)'),
    };
  }

  tag(t: TagRecord): void {
    this.tagsSeen += 1;
    if (this.stmt.sameTag.get(t.chain, t.subject, t.subjectType, t.label, t.category, t.actor, t.source) !== undefined) return;
    const info = this.stmt.insertTag.run(t.subjectType, t.chain, t.subject, t.label, t.category, t.actor, t.source, t.confidence, t.confidenceScore, this.sourceId);
    this.tagsAdded += info.changes;
  }

  /** An actor already known keeps its label and gains the categories it lacked. */
  actor(a: ActorRecord): void {
    this.actorsSeen += 1;
    const existing = this.stmt.findActor.get(a.id) as { label: string; categories: string; uri: string | null } | undefined;
    if (!existing) {
      this.stmt.insertActor.run(a.id, a.label, JSON.stringify(a.categories), a.uri, this.sourceId);
      this.actorsAdded += 1;
      return;
    }
    const categories = JSON.parse(existing.categories) as string[];
    const merged = [...categories, ...a.categories.filter((c) => !categories.includes(c))];
    if (merged.length !== categories.length || (existing.uri === null && a.uri !== null)) {
      this.stmt.updateActor.run(JSON.stringify(merged), a.uri, a.id);
    }
  }

  /** A pool belongs to its list (this source): lists are kept side by side, each with its own answer. */
  pool(p: PoolRecord): void {
    this.poolsSeen += 1;
    this.poolsAdded += this.stmt.insertPool.run(this.sourceId, p.slug, p.name, p.link).changes;
    const id = this.stmt.poolId.get(this.sourceId, p.slug) as number;
    for (const address of p.addresses) this.stmt.poolAddress.run(id, address);
    for (const pattern of p.tags) this.stmt.poolTag.run(id, pattern, p.tagSyntax);
  }
}
