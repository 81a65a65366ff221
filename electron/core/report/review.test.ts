import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFindingStatus } from '../analysis/findings/finding-store';
import { CaseFile } from '../case/case-file';
import { tempDir } from '../test-support/fixtures';
import { exportPackage } from './export-package';
import { buildReportCase } from './test-support/report-case';
import { pdfText } from './test-support/pdf-text';

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;

const exportText = async (dir: string): Promise<string> => {
  const outDir = path.join(tmp.dir, dir);
  await exportPackage({ caseFile, outDir, zip: false, force: false, maxTableRows: 10, sections: ['findings', 'annex', 'audit'] });
  return pdfText(path.join(outDir, 'report.pdf'));
};

beforeAll(async () => {
  tmp = tempDir();
  ({ file: caseFile } = await buildReportCase(tmp.dir));
}, 120_000);
afterAll(() => tmp.cleanup());

describe('review marking in the exhibit', () => {
  it('is DRAFT on every page while a finding is open, and names it', async () => {
    const text = await exportText('draft');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.every((p) => /\bDRAFT\b/.test(p))).toBe(true);
    expect(text).toContain('#3 Block mined by unknown pool');
  });

  it('is FINAL once every finding is reviewed, and each page states who reviewed it, when and why', async () => {
    const c = CaseFile.open(caseFile);
    setFindingStatus(c.db, 3, 'dismissed', 'Block attribution only, no link to the thief', '2026-03-02T09:00:00.000Z');
    c.close();
    const text = await exportText('final');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.every((p) => /\bFINAL\b/.test(p) && !/\bDRAFT\b/.test(p))).toBe(true);
    expect(text).toMatch(/Block attribution only, no link to the\s+thief/);
    expect(text).toMatch(/J\. Doe,\s+2026-03-02\s09:00\sUTC/);
    // The accepted finding was inserted without an audit entry: the page says so instead of inventing a reviewer.
    expect(text).toContain('Accepted (the audit log holds no record of who decided it or when)');
  });

  it('states when a finding was accepted as people read a time, to the minute in UTC (the CSVs keep ISO 8601)', async () => {
    const c = CaseFile.open(caseFile);
    setFindingStatus(c.db, 1, 'accepted', 'the co-spend is on chain', '2026-12-04T21:33:12.345Z');
    c.close();
    const text = await exportText('accepted-at');
    expect(text).toMatch(/Accepted by J\. Doe on 2026-12-04\s21:33\sUTC\. Reason: the co-spend is on chain\./);
    expect(text).not.toContain('21:33:12.345Z');
  });
});
