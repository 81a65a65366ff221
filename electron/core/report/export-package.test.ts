import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../../shared/domain/report';
import { tempDir } from '../test-support/fixtures';
import { verifyPath } from '../verify/verify-path';
import { exportPackage } from './export-package';
import { listFiles } from './package/list-files';
import { hasPdftotext, pdfText } from './test-support/pdf-text';
import { ADDR_POOL, ADDR_THIEF, buildReportCase, DOCUMENT_BYTES, HOSTILE, TX_COINBASE, TX_SPEND } from './test-support/report-case';

const T1 = new Date('2026-03-01T10:00:00Z');
const T2 = new Date('2026-03-02T11:30:00Z');

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;
let caseId: string;
const run = (name: string, now: Date, extra: Partial<Parameters<typeof exportPackage>[0]> = {}) =>
  exportPackage({ caseFile, outDir: path.join(tmp.dir, name), zip: false, force: false, maxTableRows: 500, now: () => now, ...extra });
const read = (name: string, rel: string): Buffer => fs.readFileSync(path.join(tmp.dir, name, rel));

beforeAll(async () => {
  tmp = tempDir();
  ({ file: caseFile, caseId } = await buildReportCase(tmp.dir));
  await run('a', T1);
  await run('b', T1);
  await run('c', T2);
  // Building the case and exporting take seconds; more when the machine is busy.
}, 120_000);
afterAll(() => tmp.cleanup());

describe('evidence package', () => {
  it('holds the report, every CSV with its README, the view figure, VERIFY.txt, manifest and SHA256SUMS', () => {
    const { files } = listFiles(path.join(tmp.dir, 'a'));
    for (const name of ['report.pdf', 'VERIFY.txt', 'manifest.json', 'SHA256SUMS', 'csv/README.txt', 'csv/transactions.csv', 'csv/findings.csv', 'csv/audit_log.csv', 'csv/flows.csv']) {
      expect(files).toContain(name);
    }
    expect(files.filter((f) => f.startsWith('figures/'))).toEqual(['figures/view-01-etc-passwd-main.svg']);
    const manifest = Manifest.parse(JSON.parse(read('a', 'manifest.json').toString('utf8')));
    expect(manifest.caseId).toBe(caseId);
    expect(manifest.exportedAt).toBe(T1.toISOString());
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => f !== 'manifest.json' && f !== 'SHA256SUMS'));
  });

  it('copies each off-chain document into documents/ under a safe name, listed in the manifest, SHA256SUMS, VERIFY.txt and the PDF', () => {
    const rel = 'documents/1-NiceHash-return-invoice-fdp.exe.pdf';
    expect(read('a', rel).toString()).toBe(DOCUMENT_BYTES);
    const sha256 = createHash('sha256').update(DOCUMENT_BYTES).digest('hex');
    const manifest = Manifest.parse(JSON.parse(read('a', 'manifest.json').toString('utf8')));
    expect(manifest.documents).toEqual([
      { id: 1, path: rel, fileName: `../NiceHash return ${HOSTILE.rtl}.pdf`, sha256, size: DOCUMENT_BYTES.length, receivedAt: '2026-01-01', description: 'Subpoena 2026-117: NiceHash order records', findingId: 1 },
    ]);
    expect(manifest.files).toContainEqual({ path: rel, sha256, size: DOCUMENT_BYTES.length });
    expect(read('a', 'SHA256SUMS').toString()).toContain(`${sha256}  ${rel}\n`);
    expect(read('a', 'VERIFY.txt').toString()).toContain('6. Off-chain documents. documents/ holds the document the examiner received');
    expect(read('a', 'csv/documents.csv').toString()).toContain(sha256);
    if (hasPdftotext) {
      const page = pdfText(path.join(tmp.dir, 'a', 'report.pdf')).split('\f').find((p) => p.includes('Off-chain documents\n')) ?? '';
      expect(page).toMatch(/2026-01-01\s+Subpoena 2026-117: NiceHash order records/);
      expect(page).toContain(sha256);
      // The deposit whose evidence has the same SHA-256 says where the document is in the package.
      expect(pdfText(path.join(tmp.dir, 'a', 'report.pdf'))).toMatch(/Evidence document in this\s+package\s+documents\/1-NiceHash-return-invoice-fdp\.exe\.pdf/);
      // The accepted finding it supports names it on its own page.
      expect(pdfText(path.join(tmp.dir, 'a', 'report.pdf'))).toMatch(/Off-chain document supporting this finding: #1 \.\.\/NiceHash return invoice\[U\+202E\]fdp\.exe\.pdf,\s+received 2026-01-01/);
    }
  });

  it('counts the same sealed files in its result as verify checks and names', async () => {
    const result = await run('count', T1);
    const verdict = await verifyPath(path.join(tmp.dir, 'count'));
    expect(verdict.ok && verdict.checked).toBe(result.files.length);
    expect(verdict.ok && verdict.summary).toMatch(new RegExp(`^${result.files.length} sealed files match`));
    expect(result.files.map((f) => f.path)).toContain('manifest.json');
  });

  it('is byte-identical when exported twice at the same time', () => {
    expect(read('b', 'SHA256SUMS').toString()).toBe(read('a', 'SHA256SUMS').toString());
  });

  it('differs only in the manifest, the sums and the PDF (cover time and dates) when exported at another time', () => {
    const sums = (name: string) => new Map(read(name, 'SHA256SUMS').toString().trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)]));
    const [a, c] = [sums('a'), sums('c')];
    const changed = [...a.keys()].filter((k) => a.get(k) !== c.get(k)).sort();
    expect(changed).toEqual(['manifest.json', 'report.pdf']);
    const manifestA = JSON.parse(read('a', 'manifest.json').toString());
    const manifestC = JSON.parse(read('c', 'manifest.json').toString());
    expect({ ...manifestC, exportedAt: manifestA.exportedAt, files: [] }).toEqual({ ...manifestA, files: [] });
  });

  it.skipIf(!hasPdftotext)('PDF: cover, contents, every section title, footers with case id, page N of M and chain hashes', () => {
    const text = pdfText(path.join(tmp.dir, 'a', 'report.pdf'));
    const pages = text.split('\f').filter((p) => p.trim().length > 0);
    const manifest = Manifest.parse(JSON.parse(read('a', 'manifest.json').toString('utf8')));
    expect(pages.length).toBe(manifest.report?.pages);
    expect(pages[0]).toContain('CN-2026-001');
    expect(pages[0]).toContain(T1.toISOString());
    for (const title of ['Contents', 'Executive summary', 'Methodology', 'Findings', 'Traces', 'Hash-rental deposits and off-chain links', 'Clusters', 'Graph views',
      'Transactions', 'Annotations', 'Attribution tags', 'Sources', 'Audit log (excerpt)', 'Annex: findings not accepted']) {
      expect(text).toContain(title);
    }
    pages.forEach((page, i) => {
      expect(page).toContain(`Case ${caseId}`);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      const section = manifest.report?.sections.find((s) => s.firstPage <= i + 1 && i + 1 <= s.lastPage);
      expect(page).toContain(`this ${section?.chain.slice(0, 16)}`);
    });
    expect(pages[1]).toMatch(/Finding 1: Pool payout co-spent with thief funds\s+\d+/);
    expect(text).toContain(TX_COINBASE);
    expect(text).toContain('Deposit belongs to an unrelated customer');
    expect(text).toContain('M3a-cospend (version 1)');
    expect(text).toContain('Theta: 0.5.');
    expect(text).not.toContain('{"theta"');
  });

  it.skipIf(!hasPdftotext)('PDF: a Traces section from the audit log, the models side by side with where they disagree', () => {
    const text = pdfText(path.join(tmp.dir, 'a', 'report.pdf'));
    const start = text.search(/[\n\f]Traces\s*\n/);
    const traces = text.slice(start, text.indexOf('Hash-rental deposits and off-chain links', start));
    expect(start).toBeGreaterThan(0);
    expect(traces).toMatch(/Trace 1: forward from 1 seed/);
    expect(traces).toContain(ADDR_THIEF);
    expect(traces).toMatch(/up to 3 hops/);
    for (const model of ['Poison', 'Haircut', 'FIFO', 'LIFO']) expect(traces).toMatch(new RegExp(`${model}\\s+\\d+(\\.\\d+)? BTC`));
    expect(traces).toMatch(/The models disagree on 1 output\./);
    expect(traces).toMatch(/Output [0-9a-f]{64}:\d+( -> \w+)?\n/);
    expect(traces).toMatch(/\d+(\.\d+)? BTC \((Poison|Haircut|FIFO|LIFO)\)\s+\d+(\.\d+)? BTC \((Poison|Haircut|FIFO|LIFO)\)/);
  });

  it.skipIf(!hasPdftotext)('PDF: each deposit states its BTC amount, deposit time, account holder and legal process (or that the return gives none)', () => {
    const text = pdfText(path.join(tmp.dir, 'a', 'report.pdf'));
    expect(text).toMatch(/Amount deposited\s+0\.5 BTC/);
    expect(text).toMatch(/Deposit time\s+2010-04-10T17:00:00Z/);
    expect(text).toMatch(/Account holder\s+Jane Roe/);
    expect(text).toMatch(/Legal process reference\s+not given in the return/);
    expect(text).not.toMatch(/btcAmount|depositTime|accountHolder/);
  });

  it.skipIf(!hasPdftotext)('PDF text differs between two export times only on the cover\'s "Report produced" line', () => {
    const lines = (name: string) => pdfText(path.join(tmp.dir, name, 'report.pdf')).split('\n');
    const [a, c] = [lines('a'), lines('c')];
    expect(c).toHaveLength(a.length);
    const differing = a.map((line, i) => [line, c[i] ?? ''] as const).filter(([x, y]) => x !== y);
    expect(differing).toHaveLength(1);
    expect(differing[0]?.[0]).toContain(T1.toISOString());
    expect(differing[0]?.[1]).toContain(T2.toISOString());
  });

  it('view figures are SVG with every label escaped', () => {
    const svg = read('a', 'figures/view-01-etc-passwd-main.svg').toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('invoice[U+202E]fdp.exe');
    expect(svg).not.toMatch(/<script|\u202E/);
    expect(svg.match(/<circle /g)?.length).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!hasPdftotext)('PDF: hostile labels are plain text (markup literal, direction overrides shown as code points)', () => {
    const text = pdfText(path.join(tmp.dir, 'a', 'report.pdf'));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('invoice[U+202E]fdp.exe');
    expect(text).not.toContain('\u202E');
    expect(text).toContain('Example Pool payout [U+77FF][U+6C60]');
    expect(text).toMatch(/A{40}/);
  });

  it('CSV: RFC 4180 with BOM, formulas neutralised in text columns, numbers untouched', () => {
    const rows = (rel: string) => parse(read('a', rel), { bom: true, columns: true }) as Record<string, string>[];
    const tags = rows('csv/tags.csv');
    expect(tags.every((t) => t.origin_file === `'${HOSTILE.formula}`)).toBe(true);
    expect(tags.find((t) => t.subject?.startsWith('1HaH'))?.label).toBe(HOSTILE.rtl);
    const annotations = rows('csv/annotations.csv');
    expect(annotations[0]?.data).toContain('"orderId":"-1+1"');
    const findings = rows('csv/findings.csv');
    expect(findings.find((f) => f.id === '2')?.title).toBe(`'${HOSTILE.formula}`);
    expect(findings.find((f) => f.id === '2')?.explanation).toBe(HOSTILE.long);
    expect(rows('csv/cluster_members.csv').map((m) => m.address).sort()).toEqual([ADDR_POOL, ADDR_THIEF].sort());
    expect(rows('csv/cluster_evidence.csv')[0]).toMatchObject({ heuristic: 'C1-shared-input@1', txid: TX_SPEND, merged: '1' });
    expect(rows('csv/clusters.csv')[0]?.label).toBe(`'${HOSTILE.formula}`);
    const tx = rows('csv/transactions.csv').find((t) => t.txid === TX_COINBASE);
    expect(tx?.output_value_sat).toBe('5000000000');
    expect(read('a', 'csv/transactions.csv').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(read('a', 'csv/transactions.csv').toString('utf8')).toContain('\r\n');
  });

  it('CSV: every time ISO 8601 UTC, amounts in satoshi beside exact BTC, each ledger row names its source', () => {
    const rows = (rel: string) => parse(read('a', rel), { bom: true, columns: true }) as Record<string, string>[];
    const readme = read('a', 'csv/README.txt').toString('utf8');
    const timeColumns = [...readme.matchAll(/^(\w+)\.csv: [^\r]*|^ {2}(\w+) \(\w+\): [^\r]*ISO 8601/gm)];
    let table = '';
    let checked = 0;
    for (const [, file, column] of timeColumns) {
      if (file) table = file;
      else if (column) {
        for (const row of rows(`csv/${table}.csv`)) {
          if (row[column] === '') continue;
          expect(row[column], `${table}.${column}`).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(readme).not.toMatch(/Unix seconds/);
    const coinbase = rows('csv/transactions.csv').find((t) => t.txid === TX_COINBASE);
    expect(coinbase).toMatchObject({ block_time: '2010-04-10T16:31:40Z', output_value_sat: '5000000000', output_value_btc: '50.00000000' });
    const sources = new Map(rows('csv/sources.csv').map((s) => [s.id, s.original_name]));
    for (const file of ['transactions', 'inputs', 'outputs', 'flows']) {
      const all = rows(`csv/${file}.csv`);
      expect(all.length, file).toBeGreaterThan(0);
      for (const row of all) expect(sources.get(row.source_id ?? ''), `${file} ${row.txid}`).toMatch(/^rpc_response_getblock_.*\.json$/);
    }
    for (const row of rows('csv/outputs.csv')) {
      const sat = BigInt(row.value_sat ?? '');
      expect(row.value_btc).toBe(`${sat / 100_000_000n}.${String(sat % 100_000_000n).padStart(8, '0')}`);
    }
    for (const [file, column] of [['inputs', 'value'], ['flows', 'value'], ['transactions', 'fee'], ['transactions', 'input_value']]) {
      expect(Object.keys(rows(`csv/${file}.csv`)[0] ?? {})).toEqual(expect.arrayContaining([`${column}_sat`, `${column}_btc`]));
    }
  });

  it('CSV: by default only the ledger rows touching the accepted findings, every row when asked; manifest and cover say which', async () => {
    const rows = (name: string, rel: string) => parse(read(name, rel), { bom: true, columns: true }) as Record<string, string>[];
    await run('all-rows', T1, { allRows: true });
    const cited = [TX_COINBASE, TX_SPEND].sort();
    expect(rows('a', 'csv/transactions.csv').map((t) => t.txid).sort()).toEqual(cited);
    for (const file of ['outputs', 'flows']) expect([...new Set(rows('a', `csv/${file}.csv`).map((t) => t.txid))].sort(), file).toEqual(cited);
    expect([...new Set(rows('a', 'csv/inputs.csv').map((t) => t.txid))]).toEqual([TX_SPEND]);
    const addresses = rows('a', 'csv/addresses.csv').map((a) => a.address);
    expect(addresses).toEqual(expect.arrayContaining([ADDR_THIEF, ADDR_POOL]));
    const everything = rows('all-rows', 'csv/transactions.csv');
    expect(everything.length).toBeGreaterThan(cited.length);
    expect(rows('all-rows', 'csv/addresses.csv').length).toBeGreaterThan(addresses.length);
    expect(rows('a', 'csv/findings.csv')).toHaveLength(3);
    const manifest = (name: string) => Manifest.parse(JSON.parse(read(name, 'manifest.json').toString('utf8')));
    expect(manifest('a').rows).toEqual({ scope: 'findings', transactions: 2, addresses: addresses.length });
    expect(manifest('all-rows').rows).toEqual({ scope: 'all' });
    expect(read('a', 'csv/README.txt').toString()).toContain('Only rows touching the accepted findings');
    if (hasPdftotext) {
      expect(pdfText(path.join(tmp.dir, 'a', 'report.pdf')).split('\f')[0]).toMatch(/CSV rows\s+Only rows touching the accepted findings/);
      expect(pdfText(path.join(tmp.dir, 'all-rows', 'report.pdf')).split('\f')[0]).toContain('Every row of the case');
    }
  });

  it('refuses a folder holding an earlier package unless confirmed, and then replaces exactly that package', async () => {
    await expect(run('a', T1)).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'NOT_EMPTY' } });
    await run('a', T2, { force: true });
    expect(JSON.parse(read('a', 'manifest.json').toString()).exportedAt).toBe(T2.toISOString());
  });

  it('refuses, even when confirmed, a folder holding a file no earlier package listed, and changes nothing', async () => {
    fs.writeFileSync(path.join(tmp.dir, 'b', 'notes-of-the-user.txt'), 'keep me');
    const before = listFiles(path.join(tmp.dir, 'b')).files;
    await expect(run('b', T2, { force: true })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('notes-of-the-user.txt'),
      details: { reason: 'FOREIGN_FILES' },
    });
    expect(listFiles(path.join(tmp.dir, 'b')).files).toEqual(before);
    expect(read('b', 'notes-of-the-user.txt').toString()).toBe('keep me');
    fs.rmSync(path.join(tmp.dir, 'b', 'notes-of-the-user.txt'));
  });

  it('writes the zip inside the chosen folder and nothing outside it', async () => {
    const before = fs.readdirSync(tmp.dir).sort();
    const result = await run('z', T1, { zip: true, sections: ['summary', 'views'] });
    expect(fs.readdirSync(tmp.dir).sort()).toEqual([...before, 'z'].sort());
    expect(result.zip).toBe(path.join(tmp.dir, 'z', 'evidence-package.zip'));
    expect(JSON.parse(read('z', 'manifest.json').toString()).zip).toBe('evidence-package.zip');
  });
});
