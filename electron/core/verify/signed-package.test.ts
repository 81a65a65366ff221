import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedSignersLine } from '../keys/allowed-signers';
import { createKey } from '../keys/key-store';
import { signSshsig } from '../keys/sshsig';
import type { Ed25519Key } from '../keys/ed25519-key';
import { exportPackage } from '../report/export-package';
import { signerOf } from '../report/package/signing';
import { buildReportCase, TX_SPEND } from '../report/test-support/report-case';
import { tempDir } from '../test-support/fixtures';
import { verifyPath } from './verify-path';

let tmp: ReturnType<typeof tempDir>;
let caseFile: string;
let signed: string;
let unsigned: string;
let examiner: Ed25519Key;
let forger: Ed25519Key;
const NOW = (): Date => new Date('2026-03-01T00:00:00Z');

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function copy(name: string): string {
  const dir = path.join(tmp.dir, name);
  fs.cpSync(signed, dir, { recursive: true });
  return dir;
}

/** What a forger does after editing files: recompute every hash in manifest.json (optionally more), then SHA256SUMS. */
function rehash(dir: string, editManifest: (m: Record<string, unknown>) => void = () => undefined): Buffer {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: { path: string; size: number; sha256: string }[] } & Record<string, unknown>;
  for (const entry of manifest.files) {
    const bytes = fs.readFileSync(path.join(dir, entry.path));
    entry.size = bytes.length;
    entry.sha256 = sha256(bytes);
  }
  editManifest(manifest);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(file, manifestBytes);
  return manifestBytes;
}

function resum(dir: string): void {
  const lines = fs.readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean);
  const again = lines.map((line) => {
    const rel = line.slice(66);
    return `${sha256(fs.readFileSync(path.join(dir, rel)))}  ${rel}`;
  });
  fs.writeFileSync(path.join(dir, 'SHA256SUMS'), `${again.join('\n')}\n`);
}

/** Changes one digit of a txid in csv/transactions.csv (the forgery the issue describes). */
function editCsvCell(dir: string): void {
  const file = path.join(dir, 'csv', 'transactions.csv');
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(TX_SPEND);
  fs.writeFileSync(file, text.replace(TX_SPEND, `8${TX_SPEND.slice(1)}`));
}

beforeAll(async () => {
  tmp = tempDir();
  ({ file: caseFile } = await buildReportCase(tmp.dir));
  examiner = createKey(path.join(tmp.dir, 'keys'), 'J. Doe', false);
  forger = createKey(path.join(tmp.dir, 'forger-keys'), 'J. Doe', false);
  signed = path.join(tmp.dir, 'signed');
  unsigned = path.join(tmp.dir, 'unsigned');
  await exportPackage({ caseFile, outDir: signed, zip: true, force: false, maxTableRows: 20, now: NOW, key: examiner });
  await exportPackage({ caseFile, outDir: unsigned, zip: false, force: false, maxTableRows: 20, now: NOW, sections: ['summary'] });
}, 120_000);
afterAll(() => tmp.cleanup());

describe('a signed evidence package', () => {
  it('verifies with the exact ssh-keygen command VERIFY.txt prints, and with sha256sum', () => {
    const text = fs.readFileSync(path.join(signed, 'VERIFY.txt'), 'utf8');
    const command = /^\s+(ssh-keygen -Y verify .*)$/m.exec(text)?.[1];
    expect(command).toBe('ssh-keygen -Y verify -f allowed_signers -I "J. Doe" -n file -s manifest.json.sig < manifest.json');
    expect(text).toContain(signerOf(examiner).fingerprint);
    expect(execFileSync('sh', ['-c', command ?? 'false'], { cwd: signed, encoding: 'utf8' })).toContain('Good "file" signature for J. Doe');
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: signed, encoding: 'utf8' })).toContain('manifest.json.sig: OK');
  });

  it('verifies with assay verify, naming whose key signed, folder and zip alike', async () => {
    const fp = signerOf(examiner).fingerprint;
    for (const target of [signed, path.join(signed, 'evidence-package.zip')]) {
      const verdict = await verifyPath(target);
      expect(verdict).toMatchObject({ ok: true, signer: { examiner: 'J. Doe', fingerprint: fp } });
      expect(verdict.ok && verdict.summary).toContain(`signed by J. Doe, key ${fp}`);
      expect(await verifyPath(target, { expectKey: fp })).toMatchObject({ ok: true });
      expect(await verifyPath(target, { expectKey: signerOf(forger).fingerprint })).toMatchObject({ ok: false, item: 'manifest.json.sig', reason: expect.stringContaining('not the expected key') });
    }
  });

  it('catches the forger who edits a CSV cell and recomputes SHA256SUMS and the manifest hashes', async () => {
    const dir = copy('forged');
    editCsvCell(dir);
    rehash(dir);
    resum(dir);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).not.toContain('FAILED');
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json.sig', reason: expect.stringContaining('bad signature') });
  });

  it('catches a swapped key in allowed_signers (manifest and sums recomputed)', async () => {
    const dir = copy('swapped');
    fs.writeFileSync(path.join(dir, 'allowed_signers'), `${allowedSignersLine(forger)}\n`);
    rehash(dir);
    resum(dir);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json.sig' });
  });

  it('a package re-signed with another key verifies only as that key, and --expect-key refuses it', async () => {
    const dir = copy('resigned');
    editCsvCell(dir);
    fs.writeFileSync(path.join(dir, 'allowed_signers'), `${allowedSignersLine(forger)}\n`);
    const bytes = rehash(dir, (m) => void (m.signer = signerOf(forger)));
    fs.writeFileSync(path.join(dir, 'manifest.json.sig'), signSshsig(bytes, forger, 'file'));
    resum(dir);
    const verdict = await verifyPath(dir);
    expect(verdict).toMatchObject({ ok: true, signer: { fingerprint: signerOf(forger).fingerprint } });
    expect(signerOf(forger).fingerprint).not.toBe(signerOf(examiner).fingerprint);
    expect(await verifyPath(dir, { expectKey: signerOf(examiner).fingerprint })).toMatchObject({ ok: false, reason: expect.stringContaining(signerOf(forger).fingerprint) });
  });

  it('catches a truncated signature (SHA256SUMS recomputed) and a removed one', async () => {
    const dir = copy('truncated');
    const sig = path.join(dir, 'manifest.json.sig');
    const text = fs.readFileSync(sig, 'utf8').split('\n');
    fs.writeFileSync(sig, [...text.slice(0, 2), text.at(-2)].join('\n'));
    resum(dir);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json.sig', reason: expect.stringContaining('truncated') });
    fs.rmSync(sig);
    const sums = path.join(dir, 'SHA256SUMS');
    fs.writeFileSync(sums, fs.readFileSync(sums, 'utf8').replace(/^.*manifest\.json\.sig\n/m, ''));
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json.sig', reason: expect.stringContaining('missing') });
  });

  it('a manifest stripped of its signer (to pass as unsigned) leaves the signature file over: refused as added', async () => {
    const dir = copy('stripped');
    rehash(dir, (m) => void (m.signer = null));
    resum(dir);
    expect(await verifyPath(dir)).toMatchObject({ ok: false, item: 'manifest.json.sig', reason: expect.stringContaining('added') });
  });
});

describe('an unsigned evidence package', () => {
  it('still verifies, says plainly that it is unsigned, and fails an expected key', async () => {
    const verdict = await verifyPath(unsigned);
    expect(verdict).toMatchObject({ ok: true, signer: null, summary: expect.stringContaining('UNSIGNED') });
    expect(fs.existsSync(path.join(unsigned, 'manifest.json.sig'))).toBe(false);
    expect(fs.readFileSync(path.join(unsigned, 'VERIFY.txt'), 'utf8')).toContain('NOT signed');
    expect(await verifyPath(unsigned, { expectKey: signerOf(examiner).fingerprint })).toMatchObject({ ok: false, reason: expect.stringContaining('unsigned') });
  });
});
