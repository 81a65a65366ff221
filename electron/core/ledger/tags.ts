import type Database from 'better-sqlite3';
import type { TagView } from '../../../shared/domain/ledger';

/** Tags on one subject, strongest first, each with the source it came from. */
export function tagsFor(db: Database.Database, chain: string, subject: string): TagView[] {
  return db
    .prepare(`SELECT t.label, t.category, t.actor, t.source, t.confidence, t.confidence_score AS confidenceScore,
        s.original_name AS origin
      FROM tags t JOIN sources s ON s.id = t.origin_source_id
      WHERE t.chain = ? AND t.subject = ? ORDER BY coalesce(t.confidence_score, 0) DESC, t.id`)
    .all(chain, subject) as TagView[];
}
