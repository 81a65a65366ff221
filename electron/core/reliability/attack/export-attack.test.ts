import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../../../shared/domain/report';
import { testCase, type TestCase } from '../../import/test-case';
import { exportPackage } from '../../report/export-package';
import { listFiles } from '../../report/package/list-files';
import { verifyPath } from '../../verify/verify-path';

const LABELS = ['a;=1+1', '\uFE66HYPERLINK("http://x")', 'b\t=2', 'c|=3'];

/** Attack 1 and the CSV part of attack 9 of issue 12: a forced export sealed and deleted unrelated files. */
describe('attack: exports never seal, overwrite or delete what they did not write', () => {
  let c: TestCase;
  let out: string;
  const run = (dir: string, force: boolean) => exportPackage({ caseFile: path.join(c.dir, 'case.assay'), outDir: dir, zip: true, force, maxTableRows: 50, sections: ['summary', 'tags'], allRows: true });
  beforeAll(async () => {
    c = testCase();
    const tags = LABELS.map((label) => `- address: 1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ\n  label: ${JSON.stringify(label)}`).join('\n');
    await c.import(c.write('hostile.yaml', `title: hostile\ncreator: x\ncurrency: BTC\nconfidence: ownership\ntags:\n${tags}\n`));
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    out = path.join(c.dir, 'out');
  }, 60_000);
  afterAll(() => c.close());

  it('--force into a folder holding private/informants.txt is refused: the file is neither sealed, zipped nor deleted', async () => {
    const dir = path.join(c.dir, 'busy');
    fs.mkdirSync(path.join(dir, 'private'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'csv'));
    fs.writeFileSync(path.join(dir, 'private', 'informants.txt'), 'names');
    fs.writeFileSync(path.join(dir, 'csv', 'my-analysis.csv'), 'mine');
    await expect(run(dir, true)).rejects.toMatchObject({ message: expect.stringMatching(/holds (csv\/my-analysis\.csv|private\/informants\.txt), which no earlier Assay package/) });
    expect(listFiles(dir).files).toEqual(['csv/my-analysis.csv', 'private/informants.txt']);
  });

  it('a fresh export lists only what it wrote, in a folder and files readable by the user only', async () => {
    const result = await run(out, false);
    const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    const onDisk = listFiles(out).files.filter((f) => !['manifest.json', 'SHA256SUMS', 'evidence-package.zip'].includes(f));
    expect(manifest.files.map((f) => f.path)).toEqual(onDisk);
    expect(fs.statSync(out).mode & 0o077).toBe(0);
    for (const f of listFiles(out).files) expect(fs.statSync(path.join(out, f)).mode & 0o077, f).toBe(0);
    expect(await verifyPath(result.zip as string)).toMatchObject({ ok: true });
  });

  it('CSV cells holding a separator are quoted and look-alike formula starts neutralised', () => {
    const tags = fs.readFileSync(path.join(out, 'csv', 'tags.csv'), 'utf8');
    expect(tags).toContain('"a;=1+1"');
    expect(tags).toContain(`'\uFE66HYPERLINK`);
    expect(tags).toContain('"b\t=2"');
    expect(tags).toContain('"c|=3"');
  });

  it('a confirmed replace removes exactly the earlier package; a file added since refuses it and survives', async () => {
    await run(out, true);
    expect(await verifyPath(out)).toMatchObject({ ok: true });
    fs.writeFileSync(path.join(out, 'csv', 'notes.txt'), 'added by the analyst');
    await expect(run(out, true)).rejects.toMatchObject({ details: { reason: 'FOREIGN_FILES', entry: 'csv/notes.txt' } });
    expect(fs.readFileSync(path.join(out, 'csv', 'notes.txt'), 'utf8')).toBe('added by the analyst');
  });
});
