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
    const documents = hasTable(db, 'documents') ? listDocuments(db) : [];
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
        { header: '#', width: 0.06, kind: 'text' },
        { header: 'File (in the package)', width: 0.36, kind: 'text' },
        { header: 'Received', width: 0.14, kind: 'mono' },
        { header: 'Description', width: 0.44, kind: 'text' },
        { header: 'SHA-256', width: 0, kind: 'mono', line: true },
      ],
      documents.map((d) => [
        String(d.id),
        `${d.fileName} (${d.size} bytes; ${documentPath(d.id, d.fileName)})`,
        d.receivedAt,
        `${d.description || '—'}${d.findingId === null ? '' : ` (supports finding ${d.findingId})`}; added by ${d.addedBy}`,
        d.sha256,
      ]),
    );
  },
};
