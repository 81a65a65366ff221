import fs from 'node:fs';
import type { ManifestDocument } from '../../../../shared/domain/report';
import { documentBytes, listDocuments } from '../../documents/document-store';
import type { ReportContext } from '../report-context';
import type { PackageFiles } from './output-folder';
import { insideDir, safeFileName } from './paths';

export const DOCUMENTS_DIR = 'documents';

/** Where a document goes in the package: documents/<id>-<safe file name>. */
export const documentPath = (id: number, fileName: string): string => `${DOCUMENTS_DIR}/${id}-${safeFileName(fileName)}`;

/**
 * Copies every off-chain document of the case into documents/ as stored (the case's integrity check has just
 * re-hashed the bytes against their SHA-256); returns what manifest.json lists of them. SHA256SUMS covers the copies.
 */
export function writeDocuments(out: PackageFiles, ctx: Pick<ReportContext, 'db'>): ManifestDocument[] {
  const documents = listDocuments(ctx.db);
  if (documents.length > 0) fs.mkdirSync(insideDir(out.root, DOCUMENTS_DIR), { recursive: true, mode: 0o700 });
  return documents.map((d) => {
    const path = documentPath(d.id, d.fileName);
    fs.writeFileSync(out.path(path), documentBytes(ctx.db, d.id), { flag: 'wx', mode: 0o600 });
    return { id: d.id, path, fileName: d.fileName, sha256: d.sha256, size: d.size, receivedAt: d.receivedAt, description: d.description, findingId: d.findingId };
  });
}
