import { z } from 'zod';
import { method } from '../define';
import { CaseDocument, DocumentFields } from '../../domain/document';

export const documentsMethods = {
  'documents.list': method({
    summary: 'The off-chain documents kept in the case (subpoena returns, KYC replies, order records), oldest first.',
    params: z.object({}).strict(),
    result: z.array(CaseDocument),
  }),
  'documents.add': method({
    summary: 'Store a registered file in the case with its SHA-256, the date it was received and a description; audited.',
    params: DocumentFields.extend({ file: z.string().min(1).max(100) }).strict(),
    result: CaseDocument,
  }),
  'documents.remove': method({
    summary: 'Remove a document and its bytes (refused while it supports an accepted finding); audited.',
    params: z.object({ id: z.number().int().min(1) }).strict(),
    result: CaseDocument,
  }),
};
