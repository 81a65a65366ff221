import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../../shared/address/canonical';
import { addressProblem } from '../../../../shared/address/validate-address';
import { AppError } from '../../../../shared/api/errors';
import {
  ANNOTATION_KINDS,
  HashRentalDeposit,
  type Annotation,
  type AnnotationSubject,
  type OffchainLink,
} from '../../../../shared/domain/annotation';
import type { Chain } from '../../../../shared/domain/chain';
import { appendAudit } from '../../audit/audit-log';

/** An annotation as the store writes it: the deposit's evidence file is already reduced to its name and SHA-256. */
export interface AnnotationFields {
  note: string;
  labels: string[];
  confidence: number | null;
  deposit: HashRentalDeposit | null;
}

interface Row {
  id: number;
  subject_type: string;
  chain: string;
  subject: string;
  kind: string;
  note: string;
  labels: string;
  data: string;
  confidence: number | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at';

const parseObject = (json: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(json);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

function linksOf(db: Database.Database, annotationId: number): OffchainLink[] {
  return db
    .prepare('SELECT id, chain, from_address AS "from", to_address AS "to", confidence FROM offchain_links WHERE annotation_id = ? ORDER BY id')
    .all(annotationId) as OffchainLink[];
}

function toAnnotation(db: Database.Database, row: Row): Annotation {
  const data = parseObject(row.data);
  const deposit = row.kind === ANNOTATION_KINDS.deposit ? HashRentalDeposit.safeParse(data) : null;
  const labels: unknown = JSON.parse(row.labels);
  return {
    id: row.id,
    subject: { type: row.subject_type, chain: row.chain, id: row.subject },
    kind: row.kind,
    note: row.note,
    labels: Array.isArray(labels) ? labels.map(String) : [],
    confidence: row.confidence,
    deposit: deposit?.success ? deposit.data : null,
    data,
    links: linksOf(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function getRow(db: Database.Database, id: number): Row {
  const row = db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Annotation ${id} does not exist.`, { field: 'id' });
  return row;
}

/** A deposit annotates the address paid into the rental service and must name a valid payout address of that chain. */
function checkDeposit(type: string, chain: string, subject: string, deposit: HashRentalDeposit): void {
  if (type !== 'address') {
    throw new AppError('VALIDATION', 'A hash-rental deposit annotates the deposit address, not a transaction, edge or cluster.', { field: 'subject.type' });
  }
  const problem = addressProblem(chain as Chain, deposit.payoutAddress);
  if (problem) throw new AppError('VALIDATION', `Payout address: ${problem}.`, { field: 'annotation.deposit.payoutAddress' });
  if (lookupAddress(deposit.payoutAddress, chain) === lookupAddress(subject, chain)) {
    throw new AppError('VALIDATION', 'The payout address is the deposit address itself.', { field: 'annotation.deposit.payoutAddress' });
  }
}

/** Replaces the annotation's off-chain links with the one its deposit justifies (none for a plain note). */
function writeLinks(db: Database.Database, id: number, chain: string, from: string, fields: AnnotationFields, now: string): void {
  db.prepare('DELETE FROM offchain_links WHERE annotation_id = ?').run(id);
  if (!fields.deposit) return;
  db.prepare('INSERT INTO offchain_links (annotation_id, chain, from_address, to_address, confidence, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    chain,
    lookupAddress(from, chain),
    lookupAddress(fields.deposit.payoutAddress, chain),
    fields.confidence,
    now,
  );
}

const kindOf = (fields: AnnotationFields): string => (fields.deposit ? ANNOTATION_KINDS.deposit : ANNOTATION_KINDS.note);
const dataOf = (fields: AnnotationFields): string => JSON.stringify(fields.deposit ?? {});
const auditDetails = (a: Annotation) => ({ id: a.id, subject: a.subject, kind: a.kind, links: a.links.map((l) => ({ from: l.from, to: l.to })) });

/** Links from or to an address (the payout side sees the deposit that points at it). */
export function linksAt(db: Database.Database, chain: string, address: string) {
  return db
    .prepare(`SELECT l.id, l.chain, l.from_address AS "from", l.to_address AS "to", l.confidence, l.annotation_id AS annotationId, a.kind, a.note
      FROM offchain_links l JOIN annotations a ON a.id = l.annotation_id
      WHERE l.chain = ? AND (l.from_address = ? OR l.to_address = ?) ORDER BY l.id`)
    .all(chain, lookupAddress(address, chain), lookupAddress(address, chain)) as (OffchainLink & { annotationId: number; kind: string; note: string })[];
}

/** An address subject in the case's spelling (a checksummed Ethereum address is stored lower-case, like its row). */
const storedSubject = (subject: AnnotationSubject): string => (subject.type === 'address' ? lookupAddress(subject.id, subject.chain) : subject.id);

export function listAnnotations(db: Database.Database, subject: AnnotationSubject): Annotation[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM annotations WHERE subject_type = ? AND chain = ? AND subject = ? ORDER BY id DESC`)
    .all(subject.type, subject.chain, storedSubject(subject)) as Row[];
  return rows.map((row) => toAnnotation(db, row));
}

/** Adds an annotation, its off-chain link and the audit entry in one transaction. */
export function addAnnotation(db: Database.Database, subject: AnnotationSubject, fields: AnnotationFields, now: Date = new Date()): Annotation {
  if (fields.deposit) checkDeposit(subject.type, subject.chain, subject.id, fields.deposit);
  const at = now.toISOString();
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(`INSERT INTO annotations (subject_type, chain, subject, kind, note, labels, data, confidence, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(subject.type, subject.chain, storedSubject(subject), kindOf(fields), fields.note, JSON.stringify(fields.labels), dataOf(fields), fields.confidence, at, at)
        .lastInsertRowid,
    );
    writeLinks(db, id, subject.chain, storedSubject(subject), fields, at);
    const annotation = toAnnotation(db, getRow(db, id));
    appendAudit(db, 'annotation.add', auditDetails(annotation), { now: () => now });
    return annotation;
  })();
}

/** Replaces an annotation's fields; a deposit edited without a new evidence file keeps the document it had. */
export function updateAnnotation(db: Database.Database, id: number, fields: AnnotationFields, now: Date = new Date()): Annotation {
  const at = now.toISOString();
  return db.transaction(() => {
    const row = getRow(db, id);
    const previous = toAnnotation(db, row).deposit;
    const deposit = fields.deposit && fields.deposit.evidenceDocument === null ? { ...fields.deposit, evidenceDocument: previous?.evidenceDocument ?? null } : fields.deposit;
    const next = { ...fields, deposit };
    if (deposit) checkDeposit(row.subject_type, row.chain, row.subject, deposit);
    db.prepare('UPDATE annotations SET kind = ?, note = ?, labels = ?, data = ?, confidence = ?, updated_at = ? WHERE id = ?').run(
      kindOf(next),
      next.note,
      JSON.stringify(next.labels),
      dataOf(next),
      next.confidence,
      at,
      id,
    );
    writeLinks(db, id, row.chain, row.subject, next, at);
    const annotation = toAnnotation(db, getRow(db, id));
    appendAudit(db, 'annotation.update', auditDetails(annotation), { now: () => now });
    return annotation;
  })();
}

/** Deletes an annotation; its off-chain links go with it (ON DELETE CASCADE, removed explicitly too for clarity in the audit). */
export function deleteAnnotation(db: Database.Database, id: number, now: Date = new Date()): boolean {
  return db.transaction(() => {
    const annotation = toAnnotation(db, getRow(db, id));
    db.prepare('DELETE FROM offchain_links WHERE annotation_id = ?').run(id);
    db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
    appendAudit(db, 'annotation.delete', auditDetails(annotation), { now: () => now });
    return true;
  })();
}
