import type Database from 'better-sqlite3';
import { hasTable } from '../../../db/has-table';
import { listDocuments } from '../../../documents/document-store';
import { documentPath } from '../../package/documents';
import type { ReportSection } from './section';

/** The off-chain documents kept in the case, as a table: each file is in the package under documents/. */
export const documentsSection: ReportSection = {
  id: 'documents',
  title: 'Off-chain documents',
  items: ({ db }) => (hasTable(db, 'documents') ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number) : 0),
  render(w, { db }) {
    const documents = listDocuments(db);
    w.beginSection(this.id, this.title, documents);
    w.paragraph('Documents the examiner received outside the blockchain (subpoena returns, exchange KYC replies, rental-order ' +
      'records), kept in the case and copied into this package as they were received. Each is named by its SHA-256: the ' +
      'copy in the package hashes to the value printed here (SHA256SUMS lists it), and the audit log records when it was added.');
    if (documents.length === 0) {
      w.paragraph('No off-chain document has been added to the case.');
      return;
    }
    w.table(
      [
        { header: '#', width: 0.05, kind: 'text' },
        { header: 'File as received', width: 0.3, kind: 'text' },
        { header: 'Received', width: 0.12, kind: 'mono' },
        { header: 'Description', width: 0.35, kind: 'text' },
        { header: 'Added by', width: 0.18, kind: 'text' },
        // The package path and the hash on lines of their own, so neither is cut where it would be copied from.
        { header: 'In package', width: 0, kind: 'mono', line: true },
        { header: 'SHA-256', width: 0, kind: 'mono', line: true },
      ],
      documents.map((d) => [
        String(d.id),
        `${d.fileName} (${d.size} bytes)`,
        d.receivedAt,
        `${d.description || '—'}${d.findingId === null ? '' : ` (supports finding ${d.findingId})`}`,
        d.addedBy,
        documentPath(d.id, d.fileName),
        d.sha256,
      ]),
    );
  },
};

/** One sentence for a finding page naming the documents that support it; null when none does. */
export function supportingDocuments(db: Database.Database, findingId: number): string | null {
  if (!hasTable(db, 'documents')) return null;
  const rows = db.prepare('SELECT id, file_name AS fileName, received_at AS receivedAt FROM documents WHERE finding_id = ? ORDER BY id').all(findingId) as {
    id: number;
    fileName: string;
    receivedAt: string;
  }[];
  if (rows.length === 0) return null;
  const named = rows.map((d) => `#${d.id} ${d.fileName}, received ${d.receivedAt}`).join('; ');
  return `Off-chain ${rows.length === 1 ? 'document' : 'documents'} supporting this finding: ${named} (listed with ${rows.length === 1 ? 'its' : 'their'} SHA-256 under Off-chain documents).`;
}
