import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { CaseDocument, DocumentFields } from '../../../shared/domain/document';
import { appendAudit, defaultActor } from '../audit/audit-log';
import { hasTable } from '../db/has-table';
import { MAX_DOCUMENT_BYTES } from '../db/migrations/0006-documents';

const COLUMNS = `id, file_name AS fileName, sha256, size, received_at AS receivedAt, description, finding_id AS findingId,
  added_at AS addedAt, added_by AS addedBy`;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A document the examiner picked, read whole: refused before reading when it is larger than a case keeps. */
export function readDocumentFile(filePath: string, name: string): { fileName: string; bytes: Buffer } {
  const size = fs.statSync(filePath).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new AppError('VALIDATION', `${name} is ${megabytes(size)}; a case keeps documents of up to ${megabytes(MAX_DOCUMENT_BYTES)} each.`, {
      field: 'file',
      size,
      max: MAX_DOCUMENT_BYTES,
    });
  }
  return { fileName: name.slice(0, 255), bytes: fs.readFileSync(filePath) };
}

/** None in a case read without upgrading from before schema 6 (the CLI lists read-only). */
export function listDocuments(db: Database.Database): CaseDocument[] {
  if (!hasTable(db, 'documents')) return [];
  return db.prepare(`SELECT ${COLUMNS} FROM documents ORDER BY id`).all() as CaseDocument[];
}

function getDocument(db: Database.Database, id: number): CaseDocument {
  const row = db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as CaseDocument | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Document ${id} does not exist.`, { field: 'id' });
  return row;
}

/** The stored bytes of one document (the package copies them out). */
export function documentBytes(db: Database.Database, id: number): Buffer {
  const bytes = db.prepare('SELECT bytes FROM document_bytes WHERE document_id = ?').pluck().get(id) as Buffer | undefined;
  if (!bytes) throw new AppError('CASE_INVALID', `The bytes of document ${id} are missing from the case.`, { id });
  return bytes;
}

/** What the audit log keeps of a document, so a removed one stays identifiable by its hash. */
const auditDetails = (d: CaseDocument) => ({
  id: d.id,
  fileName: d.fileName,
  sha256: d.sha256,
  size: d.size,
  receivedAt: d.receivedAt,
  description: d.description,
  findingId: d.findingId,
});

function checkFields(db: Database.Database, fields: DocumentFields, now: Date): void {
  // A day's slack: the examiner's calendar may be ahead of UTC.
  if (Date.parse(fields.receivedAt) > now.getTime() + 86_400_000) {
    throw new AppError('VALIDATION', `The received date ${fields.receivedAt} is in the future.`, { field: 'receivedAt' });
  }
  if (fields.findingId !== null && !db.prepare('SELECT 1 FROM findings WHERE id = ?').get(fields.findingId)) {
    throw new AppError('NOT_FOUND', `Finding ${fields.findingId} does not exist.`, { field: 'findingId' });
  }
}

/** Stores a document, its bytes and the audit entry in one transaction; the SHA-256 is taken of the bytes stored. */
export function addDocument(db: Database.Database, file: { fileName: string; bytes: Buffer }, fields: DocumentFields, now: Date = new Date()): CaseDocument {
  checkFields(db, fields, now);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(`INSERT INTO documents (file_name, sha256, size, received_at, description, finding_id, added_at, added_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(file.fileName, sha256, file.bytes.length, fields.receivedAt, fields.description, fields.findingId, now.toISOString(), defaultActor(db))
        .lastInsertRowid,
    );
    db.prepare('INSERT INTO document_bytes (document_id, bytes) VALUES (?, ?)').run(id, file.bytes);
    const document = getDocument(db, id);
    appendAudit(db, 'document.add', auditDetails(document), { now: () => now });
    return document;
  })();
}

/**
 * Removes a document and its bytes, audited. Refused while it supports an accepted finding: the finding's exhibit
 * would cite evidence the case no longer holds. Dismissing the finding first is a decision the audit log records.
 */
export function removeDocument(db: Database.Database, id: number, now: Date = new Date()): CaseDocument {
  return db.transaction(() => {
    const document = getDocument(db, id);
    const accepted = document.findingId !== null && db.prepare("SELECT 1 FROM findings WHERE id = ? AND status = 'accepted'").get(document.findingId);
    if (accepted) {
      throw new AppError(
        'FORBIDDEN',
        `Document ${id} (${document.fileName}) supports finding ${document.findingId}, which is accepted: dismiss the finding first, or keep the document.`,
        { field: 'id', findingId: document.findingId },
      );
    }
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    appendAudit(db, 'document.remove', auditDetails(document), { now: () => now });
    return document;
  })();
}

/** The first document whose stored bytes no longer hash to its recorded SHA-256 (edited outside Assay), or null. */
export function alteredDocument(db: Database.Database): { id: number; fileName: string } | null {
  if (!hasTable(db, 'documents')) return null;
  const rows = db
    .prepare('SELECT d.id, d.file_name AS fileName, d.sha256, b.bytes FROM documents d LEFT JOIN document_bytes b ON b.document_id = d.id ORDER BY d.id')
    .iterate() as IterableIterator<{ id: number; fileName: string; sha256: string; bytes: Buffer | null }>;
  for (const row of rows) {
    if (!row.bytes || createHash('sha256').update(row.bytes).digest('hex') !== row.sha256) return { id: row.id, fileName: row.fileName };
  }
  return null;
}
