import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { ReportPreview } from '../../../shared/domain/report';
import { defaultPackageName, fullChoice, isNotEmptyRefusal, packageContents, progressFraction } from './export-plan';

const preview: ReportPreview = {
  sections: [
    { id: 'summary', title: 'Summary', items: 1 },
    { id: 'views', title: 'Saved views', items: 2 },
    { id: 'audit', title: 'Audit log', items: 40 },
  ],
  views: [
    { name: 'Overview', nodes: 12 },
    { name: 'Deposit path', nodes: 5 },
  ],
  csvTables: ['transactions.csv', 'flows.csv'],
  documents: 0,
};

describe('packageContents', () => {
  it('lists the PDF, every CSV table, figures for the chosen views, the seal files and the zip when asked', () => {
    const contents = packageContents(preview, { ...fullChoice(preview), views: ['Overview'], zip: true });
    expect(contents.files).toEqual([
      'report.pdf',
      'csv/transactions.csv',
      'csv/flows.csv',
      'csv/README.txt',
      'figures/ (1 SVG view)',
      'VERIFY.txt',
      'manifest.json',
      'SHA256SUMS',
      'evidence-package.zip',
    ]);
    expect(contents.sections).toEqual(['Summary', 'Saved views', 'Audit log']);
    expect(contents.csvTables).toBe(2);
    // Sealed as SHA256SUMS lists them: PDF, 2 CSV, README, 1 figure, VERIFY.txt, manifest.json (not the sums, not the zip).
    expect(contents.sealed).toBe(7);
  });

  it('counts each off-chain document as a sealed file in documents/, whatever sections are chosen', () => {
    const contents = packageContents({ ...preview, documents: 2 }, { ...fullChoice(preview), sections: ['summary'] });
    expect(contents.files).toContain('documents/ (2 off-chain documents)');
    // PDF, 2 CSV, README, 2 documents, VERIFY.txt, manifest.json.
    expect(contents.sealed).toBe(8);
  });

  it('draws no figures when the views section is unticked, and keeps the section order of the preview', () => {
    const contents = packageContents(preview, { ...fullChoice(preview), sections: ['audit', 'summary'] });
    expect(contents.files.some((f) => f.startsWith('figures/'))).toBe(false);
    expect(contents.files).not.toContain('evidence-package.zip');
    expect(contents.sections).toEqual(['Summary', 'Audit log']);
  });
});

describe('isNotEmptyRefusal', () => {
  it('recognises the engine refusal of a non-empty folder, as an AppError or as serialized data', () => {
    expect(isNotEmptyRefusal(new AppError('VALIDATION', 'not empty', { reason: 'NOT_EMPTY' }))).toBe(true);
    expect(isNotEmptyRefusal({ code: 'VALIDATION', message: 'x', details: { reason: 'NOT_EMPTY' } })).toBe(true);
    expect(isNotEmptyRefusal(new AppError('VALIDATION', 'bad name', { field: 'location' }))).toBe(false);
    expect(isNotEmptyRefusal(new AppError('INTERNAL', 'x', { reason: 'NOT_EMPTY' }))).toBe(false);
    expect(isNotEmptyRefusal(new Error('boom'))).toBe(false);
  });
});

describe('progressFraction', () => {
  it('is step/steps, 0 before the first event, never above 1', () => {
    expect(progressFraction(null)).toBe(0);
    expect(progressFraction({ stage: 'csv', item: 'flows.csv', step: 3, steps: 12 })).toBe(0.25);
    expect(progressFraction({ stage: 'zip', item: 'zip', step: 13, steps: 12 })).toBe(1);
    expect(progressFraction({ stage: 'zip', item: 'zip', step: 0, steps: 0 })).toBe(0);
  });
});

describe('defaultPackageName', () => {
  it('keeps only characters the browser host accepts in a package name', () => {
    expect(defaultPackageName('Ransom: case #12 / "Lazarus"')).toBe('Ransom case 12 Lazarus evidence');
    expect(defaultPackageName('Demo: mining-based laundering (fictional, generated)')).toBe('Demo mining-based laundering (fictional, generated) evidence');
    expect(defaultPackageName('...')).toBe('case evidence');
    expect(defaultPackageName('Demo (2023)')).toBe('Demo (2023) evidence');
  });
});
