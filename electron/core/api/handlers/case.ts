import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { saveCopy } from '../../case/backup';
import { CaseFile } from '../../case/case-file';
import type { Backend } from '../backend';
import type { HandlerMap } from '../handler-types';

function attach(backend: Backend, file: CaseFile, remember = true): ReturnType<Backend['session']['attach']> {
  const info = backend.session.attach(file, backend.locations.display(file.filePath));
  if (remember) backend.recent.remember(file.filePath, info.title);
  backend.emit('case.changed', { reason: 'opened' });
  return info;
}

export const caseHandlers: HandlerMap<
  | 'case.create'
  | 'case.open'
  | 'case.close'
  | 'case.saveCopy'
  | 'case.current'
  | 'case.recent'
  | 'case.forgetRecent'
  | 'case.chooseNew'
  | 'case.chooseExisting'
  | 'workspace.list'
> = {
  'case.create': ({ location, header }, backend) => {
    const filePath = backend.locations.resolve(location);
    if (fs.existsSync(filePath)) {
      throw new AppError('VALIDATION', `A file named ${path.basename(filePath)} already exists.`, { field: 'location' });
    }
    return attach(backend, CaseFile.create(filePath, header));
  },
  // A read-only open (the CLI's show, findings, trace) needs no lock and changes nothing, not even the recent list.
  'case.open': ({ location, readOnly }, backend) => attach(backend, CaseFile.open(backend.locations.resolve(location), { readonly: readOnly }), !readOnly),
  'case.close': (_params, backend) => {
    backend.session.close();
    backend.emit('case.changed', { reason: 'closed' });
    return null;
  },
  'case.saveCopy': ({ location }, backend) =>
    backend.session.exclusive(async (caseFile) => {
      const target = backend.locations.resolve(location);
      const { bytes } = await saveCopy(caseFile.db, caseFile.filePath, target);
      return { location: backend.locations.display(target), bytes };
    }),
  'case.current': (_params, backend) => backend.session.info(),
  'case.recent': (_params, backend) => backend.recent.list((p) => backend.locations.display(p)),
  'case.forgetRecent': ({ location }, backend) => ({ removed: backend.recent.forget((p) => backend.locations.display(p) === location) }),
  'case.chooseNew': async ({ suggestedName }, backend) => {
    const chosen = (await backend.platform.chooseNewCasePath?.(suggestedName)) ?? null;
    if (chosen) backend.locations.grant(chosen);
    return chosen;
  },
  'case.chooseExisting': async (_params, backend) => {
    const chosen = (await backend.platform.chooseExistingCasePath?.()) ?? null;
    if (chosen) backend.locations.grant(chosen);
    return chosen;
  },
  'workspace.list': (_params, backend) => {
    const dir = backend.workspaceDir;
    if (!dir || !fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.assay'))
      .map((entry) => {
        const stat = fs.statSync(path.join(dir, entry.name));
        return { fileName: entry.name, size: stat.size, modifiedAt: stat.mtime.toISOString() };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  },
};
