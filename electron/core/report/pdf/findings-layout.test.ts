import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFindings, setFindingStatus } from '../../analysis/findings/finding-store';
import { DETECTOR_CATALOGUE } from '../../analysis/detector-catalogue';
import { runAnalysis } from '../../analysis/run-analysis';
import { CaseFile } from '../../case/case-file';
import { writeDemoCase } from '../../demo/write-case';
import { tempDir } from '../../test-support/fixtures';
import { exportPackage } from '../export-package';
import { brokenIdentifiers, caseIdentifiers, hasPdftotext, pdfText } from '../test-support/pdf-text';

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** The demo case's accepted findings carry dense figures: the layout must keep them on their page and in order. */
describe.skipIf(!hasPdftotext)('findings section layout', () => {
  const tmp = tempDir();
  let pages: string[];
  let expectedOrder: string[];
  let ids: string[];

  beforeAll(async () => {
    const casePath = path.join(tmp.dir, 'demo.assay');
    const file = CaseFile.create(casePath, { title: 'layout' });
    writeDemoCase(file.db);
    runAnalysis(file.db);
    const findings = listFindings(file.db, { limit: 1000 });
    for (const f of findings) setFindingStatus(file.db, f.id, 'accepted', undefined, '2026-01-01T00:00:00Z');
    expectedOrder = [...findings]
      .sort((a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || a.id - b.id)
      .map((f) => `Finding ${f.id}:`);
    file.close();
    ids = caseIdentifiers(casePath);
    await exportPackage({ caseFile: casePath, outDir: path.join(tmp.dir, 'pkg'), zip: false, force: false, maxTableRows: 500, now: () => new Date('2026-01-01T00:00:00Z') });
    pages = pdfText(path.join(tmp.dir, 'pkg', 'report.pdf')).split('\f').filter((p) => p.trim() !== '');
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('keeps each finding on the page of its figure, and leaves no page empty', () => {
    for (const heading of expectedOrder) {
      const id = /\d+/.exec(heading)?.[0];
      const page = pages.find((p) => p.includes(heading) && !p.startsWith('Contents'));
      expect(page, heading).toContain(`Figure: finding ${id}.`);
    }
    for (const [index, page] of pages.entries()) {
      const body = page.split('\n').filter((line) => line.trim() !== '' && !/^\s*(Case [0-9a-f-]{36}|§)/.test(line));
      expect(body.length, `page ${index + 1} is empty`).toBeGreaterThan(0);
    }
  });

  it('prints the demo\'s txids, addresses and hashes whole on one line', () => {
    expect(brokenIdentifiers(pages.join('\n'), ids)).toEqual([]);
  });

  it('methodology: every detector that ran (also those that found nothing) with its version and parameters in words, C1-C4, severities, limits', () => {
    const text = pages.join('\n');
    const methodology = text.slice(text.indexOf('\nMethodology'));
    for (const d of DETECTOR_CATALOGUE) expect(methodology, d.id).toContain(`${d.id} (version ${d.version})`);
    expect(methodology).toMatch(/Result\s+0 findings; 0 accepted/);
    expect(methodology).toMatch(/The analysis last ran on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    expect(methodology).toContain('taint followed up to 10 hops');
    for (const heading of ['C1 shared input', 'C2 CoinJoin veto', 'C3 change detection', 'C4 peel chains', 'Severity levels', 'Known limits and sources of error']) {
      expect(methodology).toContain(heading);
    }
    const section = methodology.slice(0, methodology.indexOf('Page integrity'));
    expect(section).not.toMatch(/\{"|":/);
  });

  it('lists findings strongest first', () => {
    const text = pages.join('\n');
    const positions = expectedOrder.map((heading) => text.indexOf(heading, text.indexOf('\nFindings')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
