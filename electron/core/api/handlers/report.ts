import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { auditExport } from '../../audit/activity';
import { writeMispEvent } from '../../exchange/write-misp';
import { loadKey } from '../../keys/key-store';
import { exportPackage } from '../../report/export-package';
import { previewPackage } from '../../report/preview';
import { verifyPath } from '../../verify/verify-path';
import type { Backend } from '../backend';
import type { HandlerMap } from '../handler-types';

/**
 * Where an export or verification may go: in the browser host, a plain folder name inside the workspace's exports
 * folder; elsewhere, a location the user chose (native dialog, typed on the CLI), checked by the location policy.
 */
function chosenLocation(backend: Backend, location: string): { path: string; display: (p: string) => string } {
  if (backend.workspaceDir) {
    if (!/^[\p{L}\p{N} _().,-]+$/u.test(location) || location.startsWith('.')) {
      throw new AppError('VALIDATION', 'A package name may use letters, digits, spaces and _ ( ) . , - only.', { field: 'location' });
    }
    const exportsDir = path.join(backend.workspaceDir, 'exports');
    return { path: path.join(exportsDir, location), display: (p) => path.relative(exportsDir, p) };
  }
  return { path: backend.locations.resolve(location), display: (p) => backend.locations.display(p) };
}

export const reportHandlers: HandlerMap<'report.chooseFolder' | 'report.preview' | 'report.export' | 'report.exportMisp' | 'report.verify'> = {
  'report.chooseFolder': async (_params, backend) => {
    const chosen = (await backend.platform.chooseExportFolder?.()) ?? null;
    if (!chosen) return null;
    backend.locations.grant(chosen);
    return { location: backend.locations.display(chosen) };
  },
  'report.preview': ({ sections, views }, backend) => previewPackage(backend.session.caseFile.db, { sections, views }),
  'report.export': async ({ outDir, sections, views, zip, force, maxTableRows, allRows }, backend) => {
    const target = chosenLocation(backend, outDir);
    const result = await exportPackage({
      caseFile: backend.session.caseFile.filePath,
      outDir: target.path,
      sections,
      views,
      zip,
      force,
      maxTableRows,
      allRows,
      key: loadKey(backend.keysDir),
      onProgress: (progress) => backend.emit('report.progress', progress),
    });
    await backend.session.exclusive((file) => auditExport(file.db, result));
    return { ...result, outDir: target.display(result.outDir), zip: result.zip ? target.display(result.zip) : null };
  },
  'report.exportMisp': ({ outFile, packageLocation }, backend) => {
    const pkg = packageLocation === undefined ? null : chosenLocation(backend, packageLocation);
    // Beside the package when no file is named: the folder was chosen by the user, so its sibling name is theirs too.
    const target =
      outFile !== undefined
        ? chosenLocation(backend, backend.workspaceDir && !outFile.endsWith('.json') ? `${outFile}.misp.json` : outFile)
        : pkg
          ? { path: `${pkg.path}.misp.json`, display: pkg.display }
          : null;
    if (!target) throw new AppError('VALIDATION', 'Name the MISP file, or the evidence package it accompanies.', { field: 'outFile' });
    return backend.session.exclusive((file) => {
      const result = writeMispEvent(file.db, target.path, pkg?.path ?? null);
      return { ...result, file: target.display(result.file) };
    });
  },
  'report.verify': ({ location, expectKey, caseLocation }, backend) =>
    verifyPath(chosenLocation(backend, location).path, { expectKey, caseFile: caseLocation === undefined ? undefined : backend.locations.resolve(caseLocation) }),
};
