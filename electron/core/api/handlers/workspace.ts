import { addAnnotation, deleteAnnotation, linksAt, listAnnotations, updateAnnotation } from '../../workspace/annotations/annotation-store';
import { resolveAnnotationFields } from '../../workspace/annotations/resolve-fields';
import { exportTableCsv } from '../../workspace/tables/export-table';
import { queryTable } from '../../workspace/tables/query-table';
import type { HandlerMap } from '../handler-types';

type WorkspaceMethod = 'annotations.list' | 'annotations.add' | 'annotations.update' | 'annotations.delete' | 'offchain.links' | 'tables.query' | 'tables.exportCsv';

/** Annotations (with off-chain links) and the paged case tables. Writes go through the session's queue. */
export const workspaceHandlers: HandlerMap<WorkspaceMethod> = {
  'annotations.list': ({ subject }, backend) => listAnnotations(backend.session.caseFile.db, subject),
  'annotations.add': async ({ subject, annotation }, backend) => {
    const fields = await resolveAnnotationFields(annotation, (id) => backend.files.resolve(id));
    const added = await backend.session.exclusive((file) => addAnnotation(file.db, subject, fields));
    backend.emit('case.changed', { reason: 'updated' });
    return added;
  },
  'annotations.update': async ({ id, annotation }, backend) => {
    const fields = await resolveAnnotationFields(annotation, (fileId) => backend.files.resolve(fileId));
    const updated = await backend.session.exclusive((file) => updateAnnotation(file.db, id, fields));
    backend.emit('case.changed', { reason: 'updated' });
    return updated;
  },
  'annotations.delete': async ({ id }, backend) => {
    const deleted = await backend.session.exclusive((file) => deleteAnnotation(file.db, id));
    backend.emit('case.changed', { reason: 'updated' });
    return { deleted };
  },
  'offchain.links': ({ chain, address }, backend) => linksAt(backend.session.caseFile.db, chain, address),
  'tables.query': (query, backend) => queryTable(backend.session.caseFile.db, query),
  'tables.exportCsv': (selection, backend) => exportTableCsv(backend.session.caseFile.db, selection),
};
