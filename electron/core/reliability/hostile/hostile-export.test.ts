import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../case/case-file';
import { importFile } from '../../import/run-import';
import { exportPackage } from '../../report/export-package';
import { BLOCK_50001, BLOCK_50002, tempDir } from '../../test-support/fixtures';
import { verifyPath } from '../../verify/verify-path';
import { hostileFileName, hostileStrings } from './hostile-strings';

const COUNT = 1000;
/** What a spreadsheet runs as a formula (OWASP CSV injection), and the plain numbers numeric columns may hold. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

describe(`${COUNT} hostile labels, actors, sources and a hostile file name through import, CSV and PDF`, () => {
  let tmp: ReturnType<typeof tempDir>;
  let out: string;
  let labels: string[];
  let imported: { tags: number; rejected: number };
  beforeAll(async () => {
    tmp = tempDir('assay-hostile-');
    const casePath = path.join(tmp.dir, 'hostile.assay');
    const c = CaseFile.create(casePath, { title: '<script>window.__pwned=1</script>', examiner: '=cmd|"/c calc"!A0' });
    for (const block of [BLOCK_50001, BLOCK_50002]) await importFile(c.db, { filePath: block, displayName: path.basename(block), onBadRows: 'refuse' });
    const addresses = c.db.prepare("SELECT address FROM addresses WHERE chain = 'BTC' ORDER BY id").pluck().all() as string[];
    labels = hostileStrings(COUNT);
    const rows = labels.map((label, i) => [addresses[i % addresses.length], label, labels[(i + 7) % COUNT], labels[(i + 13) % COUNT], 'BTC']);
    const name = hostileFileName(3, '.csv');
    const csvPath = path.join(tmp.dir, name);
    fs.writeFileSync(csvPath, stringify([['address', 'label', 'actor', 'source', 'chain'], ...rows]));
    const result = await importFile(c.db, { filePath: csvPath, displayName: name, format: 'csv-labels', onBadRows: 'skip' });
    imported = { tags: result.counts.tags, rejected: result.rejectedCount };
    c.close();
    out = path.join(tmp.dir, 'package');
    // Every row: the hostile tags touch no finding, and each must reach the CSVs to be checked.
    await exportPackage({ caseFile: casePath, outDir: out, zip: true, force: false, maxTableRows: 2 * COUNT, allRows: true });
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('imports every hostile label as plain data', () => {
    expect(imported).toEqual({ tags: COUNT, rejected: 0 });
  });

  it('writes no formula cell into any CSV, and keeps every label (apostrophe-escaped where needed)', () => {
    const csvDir = path.join(out, 'csv');
    let cells = 0;
    for (const file of fs.readdirSync(csvDir).filter((f) => f.endsWith('.csv'))) {
      const records = parse(fs.readFileSync(path.join(csvDir, file)), { relax_column_count: false, bom: true }) as string[][];
      for (const [r, record] of records.entries()) {
        for (const cell of record) {
          cells += 1;
          if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) throw new Error(`${file} row ${r + 1}: formula cell ${JSON.stringify(cell.slice(0, 60))}`);
        }
      }
    }
    expect(cells).toBeGreaterThan(COUNT);
    const tagCells = new Set((parse(fs.readFileSync(path.join(csvDir, 'tags.csv')), { bom: true }) as string[][]).flat());
    const missing = labels.filter((l) => !tagCells.has(l.trim()) && !tagCells.has(`'${l.trim()}`));
    expect(missing.map((l) => l.slice(0, 40))).toEqual([]);
  });

  it('puts no script, action or launch into the PDF, and shows the labels as text', () => {
    const pdf = fs.readFileSync(path.join(out, 'report.pdf')).toString('latin1');
    for (const key of ['/JavaScript', '/JS ', '/JS(', '/OpenAction', '/Launch', '/AA ', '/SubmitForm', '/ImportData', '/EmbeddedFile']) {
      expect(pdf.includes(key), key).toBe(false);
    }
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(out, 'report.pdf'), '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
    expect(text).toContain('<script>window.__pwned=1</script>');
  });

  it('still verifies as a package (the hostile names did not break the manifest)', async () => {
    expect(await verifyPath(out)).toMatchObject({ ok: true });
    expect(await verifyPath(path.join(out, 'evidence-package.zip'))).toMatchObject({ ok: true });
  });
});
