import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../report/export-package';
import { buildReportCase } from '../report/test-support/report-case';
import { tempDir } from '../test-support/fixtures';
import { verifyPath } from './verify-path';
import { unsafeEntryName } from './verify-zip';

/** The report case's subpoena return as the package names it (its hostile name made safe). */
const DOCUMENT_FILE = 'documents/1-NiceHash-return-invoice-fdp.exe.pdf';

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;
let pristine: string;

/** A fresh copy of the exported package to tamper with. */
function copy(name: string): string {
  const dir = path.join(tmp.dir, name);
  fs.cpSync(pristine, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  tmp = tempDir();
  ({ file: caseFile } = await buildReportCase(tmp.dir));
  pristine = path.join(tmp.dir, 'pristine');
  await exportPackage({ caseFile, outDir: pristine, zip: true, force: false, maxTableRows: 50, now: () => new Date('2026-03-01T00:00:00Z') });
  // Building the case and exporting take seconds; more when the machine is busy.
}, 120_000);
afterAll(() => tmp.cleanup());

describe('verify a package folder', () => {
  it('passes an untouched package', async () => {
    expect(await verifyPath(pristine)).toMatchObject({ ok: true, kind: 'package' });
  });

  it('names a file with one changed byte', async () => {
    const dir = copy('byte');
    const file = path.join(dir, 'csv', 'tags.csv');
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8((bytes.at(-3) ?? 0) ^ 0x01, bytes.length - 3);
    fs.writeFileSync(file, bytes);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'csv/tags.csv', reason: expect.stringContaining('SHA-256') });
  });

  it('names an off-chain document changed in the package', async () => {
    const dir = copy('document');
    const file = path.join(dir, DOCUMENT_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('subpoena', 'Subpoena'));
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: DOCUMENT_FILE, reason: expect.stringContaining('SHA-256') });
    fs.rmSync(file);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: DOCUMENT_FILE, reason: expect.stringContaining('missing') });
  });

  it('names a document whose recorded SHA-256 in the manifest disagrees with its file entry', async () => {
    const dir = copy('document-entry');
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: { sha256: string }[] };
    manifest.documents[0]!.sha256 = 'f'.repeat(64);
    fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: DOCUMENT_FILE, reason: expect.stringContaining('"documents"') });
  });

  it('names a missing file', async () => {
    const dir = copy('missing');
    fs.rmSync(path.join(dir, 'report.pdf'));
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'report.pdf', reason: expect.stringContaining('missing') });
  });

  it('names an added file', async () => {
    const dir = copy('added');
    fs.writeFileSync(path.join(dir, 'csv', 'extra.csv'), 'a,b\r\n');
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'csv/extra.csv', reason: expect.stringContaining('added') });
  });

  it('catches a manifest edited to match a changed file, through SHA256SUMS', async () => {
    const dir = copy('manifest');
    const file = path.join(dir, 'VERIFY.txt');
    fs.appendFileSync(file, 'extra line\n');
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const { createHash } = await import('node:crypto');
    const entry = manifest.files.find((f: { path: string }) => f.path === 'VERIFY.txt');
    entry.size = fs.statSync(file).size;
    entry.sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'SHA256SUMS' });
  });
});

describe('verify a zipped package', () => {
  it('passes the zip the export wrote', async () => {
    expect(await verifyPath(path.join(pristine, 'evidence-package.zip'))).toMatchObject({ ok: true, kind: 'zip' });
  });

  it('refuses a zip-slip entry and names it', async () => {
    const zipPath = path.join(tmp.dir, 'slip.zip');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('{}'), 'manifest.json');
    zip.addBuffer(Buffer.from('owned'), 'XX/evil.sh');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    // yazl will not write '..' names, so the name is patched in place (same length, local and central headers).
    const bytes = Buffer.from(Buffer.concat(chunks).toString('latin1').replaceAll('XX/evil.sh', '../evil.sh'), 'latin1');
    fs.writeFileSync(zipPath, bytes);
    expect(await verifyPath(zipPath)).toMatchObject({ ok: false, kind: 'zip', item: '../evil.sh', reason: expect.stringContaining('zip-slip') });
  });

  it.each(['../x', '/etc/passwd', 'C:/x', 'a\\..\\b', 'a/../../b'])('treats %j as unsafe', (name) => {
    expect(unsafeEntryName(name)).toBe(true);
  });
  it.each(['csv/tags.csv', 'report.pdf', 'a..b/c'])('accepts %j', (name) => {
    expect(unsafeEntryName(name)).toBe(false);
  });
});

describe('verify a case file', () => {
  it('passes an intact audit chain', async () => {
    expect(await verifyPath(caseFile)).toMatchObject({ ok: true, kind: 'case' });
  });

  it('names the first tampered audit entry', async () => {
    const tampered = path.join(tmp.dir, 'tampered.assay');
    fs.copyFileSync(caseFile, tampered);
    const db = new Database(tampered);
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'audit_log_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET details = '{\"file\":\"innocent.json\"}' WHERE seq = 2").run();
    expect(await verifyPath(tampered)).toMatchObject({ ok: false, kind: 'case', item: 'trigger audit_log_no_update', reason: expect.stringContaining('is missing') });
    db.exec(trigger);
    db.close();
    expect(await verifyPath(tampered)).toMatchObject({ ok: false, kind: 'case', item: 'audit entry 2', reason: expect.stringContaining('hash') });
  });
});
