import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fixtures';
import { decodePrivateKey, fingerprint, publicKeyLine } from './ed25519-key';
import { createKey, loadKey, privateKeyFile } from './key-store';
import { allowedSignersLine } from './allowed-signers';
import { signSshsig, verifySshsig } from './sshsig';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const sshKeygen = (args: string[], input?: Buffer | string): string =>
  execFileSync('ssh-keygen', args, { encoding: 'utf8', ...(input !== undefined ? { input } : {}), stdio: ['pipe', 'pipe', 'pipe'] });

describe('examiner keys (OpenSSH Ed25519)', () => {
  it('writes a private key only its owner can read, which ssh-keygen reads and fingerprints the same way', () => {
    const dir = path.join(tmp.dir, 'keys');
    const key = createKey(dir, 'Jane Doe', false);
    const file = privateKeyFile(dir);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(sshKeygen(['-y', '-f', file]).trim()).toBe(publicKeyLine(key));
    expect(sshKeygen(['-l', '-f', `${file}.pub`])).toContain(fingerprint(key.publicKey));
    expect(loadKey(dir)).toEqual(key);
  });

  it('refuses to replace a key unless asked, and refuses names that would break allowed_signers', () => {
    const dir = path.join(tmp.dir, 'keys2');
    createKey(dir, 'A. Examiner', false);
    expect(() => createKey(dir, 'B', false)).toThrow(/already exists/);
    expect(createKey(dir, 'B', true).comment).toBe('B');
    expect(() => createKey(path.join(tmp.dir, 'k3'), 'x" namespaces="*', false)).toThrow(/examiner name/);
  });

  it('reads a key ssh-keygen generated', () => {
    const file = path.join(tmp.dir, 'ssh-made');
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'made by ssh-keygen', '-f', file]);
    const key = decodePrivateKey(fs.readFileSync(file, 'utf8'));
    expect(publicKeyLine(key)).toBe(fs.readFileSync(`${file}.pub`, 'utf8').trim());
  });
});

describe('SSHSIG signatures', () => {
  const message = Buffer.from('{"format":"assay-evidence-package"}\n');

  it('signs so that ssh-keygen -Y verify accepts it, with a principal that has spaces', () => {
    const dir = path.join(tmp.dir, 'sig');
    const key = createKey(dir, 'Jane Doe', false);
    fs.writeFileSync(path.join(dir, 'msg.sig'), signSshsig(message, key, 'file'));
    fs.writeFileSync(path.join(dir, 'allowed_signers'), `${allowedSignersLine(key)}\n`);
    const out = sshKeygen(['-Y', 'verify', '-f', path.join(dir, 'allowed_signers'), '-I', 'Jane Doe', '-n', 'file', '-s', path.join(dir, 'msg.sig')], message);
    expect(out).toContain('Good "file" signature for Jane Doe');
  });

  it('verifies what ssh-keygen -Y sign wrote, and says which key signed', () => {
    const file = path.join(tmp.dir, 'signer');
    sshKeygen(['-q', '-t', 'ed25519', '-N', '', '-C', 'signer', '-f', file]);
    const msgFile = path.join(tmp.dir, 'm.json');
    fs.writeFileSync(msgFile, message);
    sshKeygen(['-q', '-Y', 'sign', '-f', file, '-n', 'file', msgFile]);
    const verdict = verifySshsig(message, fs.readFileSync(`${msgFile}.sig`, 'utf8'), 'file');
    const key = decodePrivateKey(fs.readFileSync(file, 'utf8'));
    expect(verdict).toEqual({ ok: true, publicKey: key.publicKey });
    expect(verifySshsig(message, fs.readFileSync(`${msgFile}.sig`, 'utf8'), 'git')).toMatchObject({ ok: false, reason: expect.stringContaining('namespace') });
  });

  it('refuses a changed message, a truncated signature and a flipped signature byte', () => {
    const key = createKey(path.join(tmp.dir, 'sig2'), 'X', false);
    const sig = signSshsig(message, key, 'file');
    expect(verifySshsig(Buffer.concat([message, Buffer.from(' ')]), sig, 'file')).toMatchObject({ ok: false, reason: expect.stringContaining('does not match') });
    const lines = sig.split('\n');
    const truncated = [...lines.slice(0, 3), lines.at(-2)].join('\n');
    expect(verifySshsig(message, truncated, 'file')).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
    const body = Buffer.from(lines.slice(1, -2).join(''), 'base64');
    body[body.length - 5] = (body[body.length - 5] ?? 0) ^ 1;
    const flipped = `-----BEGIN SSH SIGNATURE-----\n${body.toString('base64')}\n-----END SSH SIGNATURE-----\n`;
    expect(verifySshsig(message, flipped, 'file')).toMatchObject({ ok: false });
  });
});
