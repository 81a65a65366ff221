import { addDocument, listDocuments, readDocumentFile, removeDocument } from '../../documents/document-store';
import type { HandlerMap } from '../handler-types';

/** Off-chain documents kept in the case. Writes go through the session's queue and tell the UI the case changed. */
export const documentsHandlers: HandlerMap<'documents.list' | 'documents.add' | 'documents.remove'> = {
  'documents.list': (_params, backend) => listDocuments(backend.session.caseFile.db),
  'documents.add': async ({ file, ...fields }, backend) => {
    const picked = backend.files.resolve(file);
    const read = readDocumentFile(picked.path, picked.name);
    const added = await backend.session.exclusive((c) => addDocument(c.db, read, fields));
    backend.emit('case.changed', { reason: 'updated' });
    return added;
  },
  'documents.remove': async ({ id }, backend) => {
    const removed = await backend.session.exclusive((c) => removeDocument(c.db, id));
    backend.emit('case.changed', { reason: 'updated' });
    return removed;
  },
};
