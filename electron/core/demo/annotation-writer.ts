import type Database from 'better-sqlite3';
import type { DemoAnnotationRecord } from './demo-records';

/**
 * Writes the demo's typed annotations with their off-chain links, inside the caller's transaction. Idempotent: an
 * annotation with the same subject, kind and data is not written twice.
 */
export class AnnotationWriter {
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly now: string,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      find: p(`SELECT id FROM annotations WHERE chain = ? AND subject = ? AND kind = ? AND data = ?`).pluck(),
      annotation: p(`INSERT INTO annotations (subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)`),
      link: p(`INSERT INTO offchain_links (annotation_id, chain, from_address, to_address, confidence, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
    };
  }

  write(r: DemoAnnotationRecord): void {
    const data = JSON.stringify(r.data);
    if (this.stmt.find.get(r.chain, r.subject, r.annotationKind, data) !== undefined) return;
    const id = this.stmt.annotation.run(r.subjectType, r.chain, r.subject, r.annotationKind, r.note, data, r.confidence, this.now, this.now).lastInsertRowid;
    this.stmt.link.run(id, r.chain, r.subject, r.linkTo, r.confidence, this.now);
  }
}
