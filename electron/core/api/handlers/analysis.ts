import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/api/errors';
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
    return caseHandlers['case.open']({ location }, backend);
  },
};
