import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFindings, setFindingStatus } from '../../analysis/findings/finding-store';
import { runAnalysis } from '../../analysis/run-analysis';
import { CaseFile } from '../../case/case-file';
import { writeDemoCase } from '../../demo/write-case';
import { tempDir } from '../../test-support/fixtures';
import { exportPackage } from '../export-package';
import { hasPdftotext } from '../test-support/pdf-text';

interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every word of the PDF with its box in points (poppler's `pdftotext -bbox`). */
function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[5] ?? '', x: Number(m[1]), y: Number(m[2]), w: Number(m[3]) - Number(m[1]), h: Number(m[4]) - Number(m[2]) });
  }
  return words;
}

/** Pairs of words whose boxes overlap by more than a hair (poppler's boxes of neighbouring lines touch). */
function overlaps(words: Word[]): [Word, Word][] {
  const out: [Word, Word][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as Word;
      const b = words[j] as Word;
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) out.push([a, b]);
    }
  }
  return out;
}

// The exhibit of the demo case: every finding accepted, exported, and its figure pages read back word by word.
describe.skipIf(!hasPdftotext)('finding figures in report.pdf', () => {
  const tmp = tempDir();
  let words: Word[];
  let figurePages: number[];
  let pdf: string;

  beforeAll(async () => {
    const casePath = path.join(tmp.dir, 'demo.assay');
    const file = CaseFile.create(casePath, { title: 'exhibit' });
    writeDemoCase(file.db);
    runAnalysis(file.db);
    for (const f of listFindings(file.db, { limit: 1000 })) setFindingStatus(file.db, f.id, 'accepted', undefined, '2026-01-01T00:00:00Z');
    file.close();
    await exportPackage({ caseFile: casePath, outDir: path.join(tmp.dir, 'pkg'), zip: false, force: false, maxTableRows: 500, now: () => new Date('2026-01-01T00:00:00Z') });
    pdf = path.join(tmp.dir, 'pkg', 'report.pdf');
    words = pdfWords(pdf);
    figurePages = [...new Set(words.filter((w) => w.text === 'Figure:').map((w) => w.page))];
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('draws the figures with no overlapping words and no text under 6 pt', () => {
    expect(figurePages.length).toBeGreaterThanOrEqual(8);
    const onFigures = words.filter((w) => figurePages.includes(w.page));
    const bad = figurePages.flatMap((p) => overlaps(onFigures.filter((w) => w.page === p)));
    expect(bad.map(([a, b]) => `p${a.page}: "${a.text}" x "${b.text}"`)).toEqual([]);
    // pdftotext's box height is the font size (ascent + descent of DejaVu is 1.164 em).
    const smallest = Math.min(...onFigures.map((w) => w.h / 1.164));
    expect(smallest).toBeGreaterThanOrEqual(5.95);
  });

  it('titles the lanes, keeps the legend and narrates the path with the services and the pool named', () => {
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const title of ['Hash-rental deposit', 'Pool payouts', 'Pool coinbase', 'Off-chain link (dashed)', 'Folded siblings']) expect(text).toContain(title);
    expect(text).toMatch(/3 deposits totalling 3\.5 BTC went to NiceHash and MiningRigRentals between 2023-06-08/);
    expect(text).toMatch(/followed by 3 payouts from ViaBTC of 3\.39639543 BTC to bc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw|followed by 3 payouts from ViaBTC of 3\.39639543 BTC to/);
    expect(text).toMatch(/payouts? (between|within) /i);
    // The findings section (up to the deposits section that follows it) prints no raw keys and no JSON.
    const findings = text.slice(text.indexOf('Findings the examiner accepted'), text.indexOf('Deposits the examiner recorded'));
    expect(findings.length).toBeGreaterThan(1000);
    expect(findings).not.toMatch(/subjects\.0\.|depositWindowDays|rentalHops|\{"/);
  });
});
