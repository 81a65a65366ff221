import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/fixtures';
import { exportPackage } from '../export-package';
import { brokenIdentifiers, caseIdentifiers, hasPdftotext, pdfText } from '../test-support/pdf-text';
import { buildReportCase } from '../test-support/report-case';

describe.skipIf(!hasPdftotext)('identifiers in the PDF', () => {
  const tmp = tempDir();
  let text: string;
  let ids: string[];

  beforeAll(async () => {
    const { file } = await buildReportCase(tmp.dir);
    ids = caseIdentifiers(file);
    await exportPackage({ caseFile: file, outDir: path.join(tmp.dir, 'pkg'), zip: false, force: false, maxTableRows: 500, now: () => new Date('2026-03-01T10:00:00Z') });
    text = pdfText(path.join(tmp.dir, 'pkg', 'report.pdf'));
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('finds the cut pieces it looks for', () => {
    const id = 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58';
    expect(brokenIdentifiers(`tx ${id.slice(0, 40)}\n${id.slice(40)} x`, [id])).toHaveLength(1);
    expect(brokenIdentifiers(`tx ${id}\n${id.slice(0, 8)}…${id.slice(-6)} x`, [id])).toHaveLength(0);
  });

  it('prints every txid, address and hash whole on one line, and every timestamp whole', () => {
    expect(brokenIdentifiers(text, ids)).toEqual([]);
    expect(ids.filter((id) => text.includes(id)).length).toBeGreaterThan(10);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\d[T ]?\s*\n\s*\d\d:\d\d/);
  });
});
