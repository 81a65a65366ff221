import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/fixtures';
import { verifyPath } from '../../verify/verify-path';
import { attackScale } from './attack-scale';

interface Entry {
  name: string;
  data: Buffer | (() => Readable);
  mode?: number;
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A package zip whose manifest and SHA256SUMS truly list `entries`: what verify used to accept. */
function sealed(entries: { name: string; data: Buffer; mode?: number }[]): Entry[] {
  const files = entries.map((e) => ({ path: e.name, size: e.data.length, sha256: sha(e.data) }));
  const manifest = Buffer.from(
    JSON.stringify({ format: 'assay-evidence-package', formatVersion: 1, appVersion: 'x', caseId: 'c', exportedAt: 't', auditHead: '0', report: null, zip: null, files }),
  );
  const sums = Buffer.from([...files, { path: 'manifest.json', sha256: sha(manifest) }].map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  return [...entries, { name: 'manifest.json', data: manifest }, { name: 'SHA256SUMS', data: sums }];
}

async function writeZip(file: string, entries: Entry[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    const options = { mode: e.mode ?? 0o100644, compress: true };
    if (Buffer.isBuffer(e.data)) zip.addBuffer(e.data, e.name, options);
    else zip.addReadStream(e.data(), e.name, options);
  }
  const out = fs.createWriteStream(file);
  zip.outputStream.pipe(out);
  zip.end();
  await finished(out);
  return file;
}

/** `bytes` zeros as a stream, so the test never holds the bomb in memory either. */
const zeros = (bytes: number) => (): Readable => {
  let left = bytes;
  const chunk = Buffer.alloc(1 << 20);
  return new Readable({
    read() {
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n > 0 ? chunk.subarray(0, n) : null);
    },
  });
};

/** Attack 6 of issue 12: zip verify accepted what folder verify refuses, and read whatever size it was told. */
describe('attack: zip verify refuses links, specials, oversized manifests and zip bombs', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir('assay-attack-zip-')));
  afterAll(() => tmp.cleanup());

  it('a well-formed package zip verifies (the baseline the attacks start from)', async () => {
    const zip = await writeZip(path.join(tmp.dir, 'ok.zip'), sealed([{ name: 'report.txt', data: Buffer.from('report') }]));
    expect(await verifyPath(zip)).toMatchObject({ ok: true, kind: 'zip' });
  });

  it('a symlink entry to /etc/passwd, listed in a matching manifest, is refused', async () => {
    const link = { name: 'csv/passwd.csv', data: Buffer.from('/etc/passwd'), mode: 0o120777 };
    const zip = await writeZip(path.join(tmp.dir, 'link.zip'), sealed([{ name: 'report.txt', data: Buffer.from('r') }, link]));
    expect(await verifyPath(zip)).toMatchObject({ ok: false, item: 'csv/passwd.csv', reason: expect.stringContaining('a symbolic link') });
  });

  it('a device or pipe entry is refused', async () => {
    const zip = await writeZip(path.join(tmp.dir, 'fifo.zip'), sealed([{ name: 'pipe', data: Buffer.alloc(0), mode: 0o010644 }]));
    expect(await verifyPath(zip)).toMatchObject({ ok: false, item: 'pipe', reason: expect.stringContaining('special file') });
  });

  it('a huge manifest.json in a small zip is refused unread, without growing memory', async () => {
    const size = attackScale(64, 1024) * 1024 * 1024;
    const zip = await writeZip(path.join(tmp.dir, 'manifest-bomb.zip'), [{ name: 'manifest.json', data: zeros(size) }]);
    expect(fs.statSync(zip).size).toBeLessThan(size / 500);
    const rss = process.memoryUsage().rss;
    expect(await verifyPath(zip)).toMatchObject({ ok: false, item: 'manifest.json', reason: expect.stringContaining('refused unread') });
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
  });

  it('a zip that inflates a thousandfold is refused before it is read through', async () => {
    const size = attackScale(256, 4096) * 1024 * 1024;
    const zip = await writeZip(path.join(tmp.dir, 'bomb.zip'), [{ name: 'csv/zeros.csv', data: zeros(size) }]);
    const started = performance.now();
    expect(await verifyPath(zip)).toMatchObject({ ok: false, item: 'csv/zeros.csv', reason: expect.stringContaining('zip bomb') });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('folder verify refuses an oversized manifest.json unread too', async () => {
    const dir = path.join(tmp.dir, 'folder');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'manifest.json'), Buffer.alloc(17 * 1024 * 1024, 0x20));
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json', reason: expect.stringContaining('refused unread') });
  });
});
