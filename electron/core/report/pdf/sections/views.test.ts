import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAST_SESSION_VIEW, type ViewData } from '../../../../../shared/domain/view';
import { CaseFile } from '../../../case/case-file';
import { saveView } from '../../../graph/views-store';
import { tempDir } from '../../../test-support/fixtures';
import { chosenViews } from './views';

const view: ViewData = { version: 1, positions: { 'address:BTC:1BoatSLRHtKNngkdXEeobR76b53LETtpyT': { x: 1, y: 2 } }, hidden: [], pinned: [], styles: {}, filters: {} };

describe('views chosen for the evidence package', () => {
  let tmp: ReturnType<typeof tempDir>;
  let caseFile: CaseFile;
  beforeEach(() => {
    tmp = tempDir();
    caseFile = CaseFile.create(path.join(tmp.dir, 'a.assay'), { title: 'Views' });
    saveView(caseFile.db, 'Rental path', view);
    saveView(caseFile.db, LAST_SESSION_VIEW, view);
  });
  afterEach(() => {
    caseFile.close();
    tmp.cleanup();
  });

  it('leaves the auto-saved last session out of "all views", and takes it when chosen by name', () => {
    expect(chosenViews({ db: caseFile.db, views: null }).map((v) => v.name)).toEqual(['Rental path']);
    expect(chosenViews({ db: caseFile.db, views: [LAST_SESSION_VIEW] }).map((v) => v.name)).toEqual([LAST_SESSION_VIEW]);
  });
});
