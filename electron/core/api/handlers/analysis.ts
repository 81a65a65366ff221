import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
import { getCluster, whyClustered } from '../../analysis/cluster/cluster-queries';
import { listFindings, setFindingStatus } from '../../analysis/findings/finding-store';
import { applySettingsOffThread, runAnalysisOffThread } from '../../analysis/worker/run-off-thread';
import { loadSettings } from '../../analysis/settings';
import { runTrace } from '../../analysis/taint/run-trace';
import { auditTrace } from '../../audit/activity';
import { CaseFile } from '../../case/case-file';
import { writeDemoCase } from '../../demo/write-case';
import type { HandlerMap } from '../handler-types';
import { caseHandlers } from './case';

export const demoHandlers: HandlerMap<'demo.open'> = {
  'demo.open': async ({ location, scale, seed }, backend) => {
    const filePath = backend.locations.resolve(location);
    if (fs.existsSync(filePath)) {
      throw new AppError('VALIDATION', `A file named ${path.basename(filePath)} already exists.`, { field: 'location' });
    }
    const file = CaseFile.create(filePath, {
      title: 'Demo: mining-based laundering (fictional, generated)',
      caseNumber: 'DEMO-1',
      examiner: 'Assay demo generator',
    });
    try {
      writeDemoCase(file.db, { scale, ...(seed === undefined ? {} : { seed }) });
    } catch (error) {
      file.close();
      fs.rmSync(filePath, { force: true });
      throw error;
    }
    file.close();
    // Opened like any case, so the recent list and the case.changed event behave the same.
    return caseHandlers['case.open']({ location, readOnly: false }, backend);
  },
};

export const analysisHandlers: HandlerMap<
  'analysis.run' | 'analysis.settings.get' | 'analysis.settings.set' | 'findings.list' | 'findings.setStatus' | 'trace.run' | 'cluster.get' | 'cluster.why'
> = {
  'analysis.run': (_params, backend) =>
    backend.session.exclusive(async (file) => {
      const summary = await runAnalysisOffThread(file.filePath);
      backend.emit('case.changed', { reason: 'updated' });
      return summary;
    }),
  'analysis.settings.get': (_params, backend) => loadSettings(backend.session.caseFile.db),
  'analysis.settings.set': ({ settings }, backend) => backend.session.exclusive((file) => applySettingsOffThread(file.filePath, settings)),
  'findings.list': (filter, backend) => listFindings(backend.session.caseFile.db, filter),
  'findings.setStatus': async ({ id, status, reason }, backend) => {
    const finding = await backend.session.exclusive((file) => setFindingStatus(file.db, id, status, reason, new Date().toISOString()));
    // Every view of the finding (tables drawer, inspector, export counts) reloads from this event.
    backend.emit('case.changed', { reason: 'updated' });
    return finding;
  },
  'trace.run': (params, backend) =>
    backend.session.exclusive((file) => {
      const result = runTrace(file.db, params);
      auditTrace(file.db, params, result);
      return result;
    }),
  'cluster.get': ({ id, limit }, backend) => getCluster(backend.session.caseFile.db, id, limit),
  'cluster.why': ({ a, b }, backend) => whyClustered(backend.session.caseFile.db, a, b),
};
