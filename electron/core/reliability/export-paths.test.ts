import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { exportPackage } from '../report/export-package';
import { insideDir } from '../report/package/paths';
import { buildReportCase } from '../report/test-support/report-case';
import { tempDir } from '../test-support/fixtures';
import { unsafeEntryName } from '../verify/verify-zip';
import { fuzzRuns, fuzzSeed } from './fuzz/fuzz-runs';

/** Path pieces attackers use: parent steps, separators of both systems, drive letters, NUL, encoded dots, Unicode. */
const segment = fc.constantFrom('..', '.', '', 'csv', 'a', 'C:', '\\', '/', '\0', '%2e%2e', '..\\..', '\u2025', '\uFF0E\uFF0E', ' ', '~');
const hostilePath = fc.array(segment, { maxLength: 8 }).map((parts) => parts.join('/'));
const within = (root: string, p: string): boolean => {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

describe('paths: exports never leave the chosen folder, archive names never escape their target', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => (tmp = tempDir('assay-paths-')));
  afterAll(() => tmp.cleanup());

  it(`insideDir: ${fuzzRuns(300) * 10} generated relative paths resolve strictly inside the folder or are refused`, () => {
    const root = path.join(tmp.dir, 'package');
    fc.assert(
      fc.property(hostilePath, (relative) => {
        try {
          expect(within(root, insideDir(root, relative)), relative).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('FORBIDDEN');
        }
      }),
      { numRuns: fuzzRuns(300) * 10, seed: fuzzSeed() },
    );
  });

  it(`zip entry names: every name verify accepts stays inside the target when joined`, () => {
    const target = path.join(tmp.dir, 'unzipped');
    fc.assert(
      fc.property(fc.oneof(hostilePath, fc.string({ unit: 'binary', maxLength: 60 })), (name) => {
        if (unsafeEntryName(name)) return;
        const resolved = path.resolve(target, name);
        expect(resolved === target || resolved.startsWith(target + path.sep), name).toBe(true);
      }),
      { numRuns: fuzzRuns(300) * 10, seed: fuzzSeed() },
    );
  });

  it('a confirmed re-export into a folder planted with symlinks is refused and writes nothing through them', async () => {
    const { file } = await buildReportCase(tmp.dir);
    const victim = path.join(tmp.dir, 'victim');
    fs.mkdirSync(victim);
    fs.writeFileSync(path.join(victim, 'keep.txt'), 'untouched');
    const out = path.join(tmp.dir, 'planted');
    fs.mkdirSync(out);
    for (const entry of ['report.pdf', 'csv', 'figures', 'manifest.json', 'SHA256SUMS', 'VERIFY.txt', 'evidence-package.zip']) {
      fs.symlinkSync(path.join(victim, entry), path.join(out, entry));
    }
    await expect(exportPackage({ caseFile: file, outDir: out, zip: true, force: true, maxTableRows: 10 })).rejects.toMatchObject({
      details: { reason: 'FOREIGN_FILES' },
    });
    expect(fs.readdirSync(victim)).toEqual(['keep.txt']);
    expect(fs.readFileSync(path.join(victim, 'keep.txt'), 'utf8')).toBe('untouched');
    expect(fs.readdirSync(out).every((name) => fs.lstatSync(path.join(out, name)).isSymbolicLink())).toBe(true);
  });
});
