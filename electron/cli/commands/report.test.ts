import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildReportCase } from '../../core/report/test-support/report-case';
import { tempDir } from '../../core/test-support/fixtures';
import { runCli } from '../program';

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  tmp = tempDir();
  vi.stubEnv('ASSAY_USER_DATA', path.join(tmp.dir, 'user-data'));
  ({ file: caseFile } = await buildReportCase(tmp.dir));
  // Building the case and exporting take seconds; more when the machine is busy.
}, 120_000);
afterAll(() => {
  vi.unstubAllEnvs();
  tmp.cleanup();
});

describe('assay report / assay verify', () => {
  it('writes a package with a zip, and verify accepts the folder, the zip and the case', async () => {
    const out = path.join(tmp.dir, 'pkg');
    const report = await cli('report', caseFile, '--out', out, '--zip', '--section', 'summary', '--section', 'transactions', '--json');
    expect(report).toMatchObject({ code: 0, err: '' });
    const result = JSON.parse(report.out);
    expect(result.pages).toBeGreaterThanOrEqual(4);
    expect(result.zip).toBe(path.join(out, 'evidence-package.zip'));
    for (const target of [out, result.zip, caseFile]) {
      const verdict = await cli('verify', target);
      expect(verdict.code).toBe(0);
      expect(verdict.out).toMatch(/^OK (package|zip|case): /);
    }
  });

  it('refuses a folder with an earlier package without --force, and a folder with other files even with it, in one line', async () => {
    const out = path.join(tmp.dir, 'busy');
    expect((await cli('report', caseFile, '--out', out, '--section', 'summary')).code).toBe(0);
    const run = await cli('report', caseFile, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^assay: The export folder holds an earlier evidence package; confirm[^\n]*\n$/);
    expect((await cli('report', caseFile, '--out', out, '--force', '--section', 'summary')).code).toBe(0);
    fs.writeFileSync(path.join(out, 'x.txt'), 'x');
    const foreign = await cli('report', caseFile, '--out', out, '--force', '--section', 'summary');
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/^assay: The export folder holds x\.txt, which no earlier Assay package there lists[^\n]*\n$/);
    expect(fs.readFileSync(path.join(out, 'x.txt'), 'utf8')).toBe('x');
  });

  it('exits 1 naming the first broken item', async () => {
    const out = path.join(tmp.dir, 'broken');
    expect((await cli('report', caseFile, '--out', out, '--section', 'summary')).code).toBe(0);
    fs.appendFileSync(path.join(out, 'csv', 'sources.csv'), 'x');
    const verdict = await cli('verify', out);
    expect(verdict.code).toBe(1);
    expect(verdict.err).toMatch(/^assay: verification failed: csv\/sources\.csv: changed: [^\n]+\n$/);
    const notAPackage = await cli('verify', tmp.dir);
    expect(notAPackage.code).toBe(1);
    expect(notAPackage.err).toContain('manifest.json: missing');
  });
});

describe('assay keys, then a signed report', () => {
  it('creates a key once, shows it, and signs the next package with it', async () => {
    vi.stubEnv('ASSAY_KEYS_DIR', path.join(tmp.dir, 'keys'));
    expect((await cli('keys', 'show')).out).toContain('no signing key yet');
    const created = await cli('keys', 'init', '--examiner', 'Jane Doe', '--json');
    expect(created.code).toBe(0);
    const key = JSON.parse(created.out) as { fingerprint: string; publicKey: string };
    expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(fs.readFileSync(path.join(tmp.dir, 'keys', 'id_ed25519.pub'), 'utf8').trim()).toBe(key.publicKey);
    expect((await cli('keys', 'show')).out).toContain(`fingerprint: ${key.fingerprint}`);
    expect(await cli('keys', 'init', '--examiner', 'Other')).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });

    const out = path.join(tmp.dir, 'signed-pkg');
    expect((await cli('report', caseFile, '--out', out, '--section', 'summary')).code).toBe(0);
    expect(fs.existsSync(path.join(out, 'manifest.json.sig'))).toBe(true);
    expect(await cli('verify', out)).toMatchObject({ code: 0, out: expect.stringContaining(`signed by Jane Doe, key ${key.fingerprint}`) });
    expect(await cli('verify', out, '--expect-key', key.fingerprint)).toMatchObject({ code: 0 });
    const other = `SHA256:${'A'.repeat(43)}`;
    expect(await cli('verify', out, '--expect-key', other)).toMatchObject({ code: 1, err: expect.stringContaining('not the expected key') });
    expect(await cli('verify', out, '--expect-key', 'md5:xx')).toMatchObject({ code: 1, err: expect.stringContaining('fingerprint') });
  });
});

describe('assay export --format misp', () => {
  it('writes a MISP event for the package and refuses to overwrite it', async () => {
    const out = path.join(tmp.dir, 'event.misp.json');
    expect(await cli('export', caseFile, '--format', 'misp', '--out', out)).toMatchObject({ code: 0, out: expect.stringMatching(/MISP event with \d+ attributes/) });
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).Event.info).toContain('no evidence package named');
    expect(await cli('export', caseFile, '--format', 'stix', '--out', out)).toMatchObject({ code: 2 });
    expect(await cli('export', caseFile, '--format', 'misp', '--out', out)).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
  });
});
