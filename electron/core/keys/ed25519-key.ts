import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { armor, dearmor, SshReader, sshString, sshUint32 } from './ssh-wire';

const KEY_TYPE = 'ssh-ed25519';
const PRIVATE_LABEL = 'OPENSSH PRIVATE KEY';
const AUTH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** An Ed25519 key pair as OpenSSH stores it: 32-byte public key, 32-byte seed, and a comment (the examiner). */
export interface Ed25519Key {
  publicKey: Buffer;
  seed: Buffer;
  comment: string;
}

export function generateEd25519(comment: string): Ed25519Key {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  return { publicKey: Buffer.from(pub.x ?? '', 'base64url'), seed: Buffer.from(priv.d ?? '', 'base64url'), comment };
}

/** The public key blob: string "ssh-ed25519", string key (what fingerprints and signatures name). */
export const publicKeyBlob = (publicKey: Buffer): Buffer => Buffer.concat([sshString(KEY_TYPE), sshString(publicKey)]);

/** "ssh-ed25519 AAAA... comment", as in id_ed25519.pub. */
export const publicKeyLine = (key: Pick<Ed25519Key, 'publicKey' | 'comment'>): string =>
  `${KEY_TYPE} ${publicKeyBlob(key.publicKey).toString('base64')}${key.comment ? ` ${key.comment}` : ''}`;

/** The fingerprint as `ssh-keygen -l` prints it: SHA256: and unpadded base64 of the blob's SHA-256. */
export const fingerprint = (publicKey: Buffer): string =>
  `SHA256:${createHash('sha256').update(publicKeyBlob(publicKey)).digest('base64').replace(/=+$/, '')}`;

/** The public key inside a blob; throws unless it is an Ed25519 key. */
export function parsePublicKeyBlob(blob: Buffer): Buffer {
  const reader = new SshReader(blob, 'public key');
  const type = reader.text();
  if (type !== KEY_TYPE) throw new Error(`public key: type ${type}, expected ${KEY_TYPE}`);
  const key = reader.string();
  if (key.length !== 32 || !reader.done) throw new Error('public key: not a 32-byte Ed25519 key');
  return key;
}

/** Parses "ssh-ed25519 AAAA... [comment]". */
export function parsePublicKeyLine(line: string): { publicKey: Buffer; comment: string } {
  const m = /^ssh-ed25519 ([A-Za-z0-9+/]+={0,2})(?: (.*))?$/.exec(line.trim());
  if (!m?.[1]) throw new Error('not an ssh-ed25519 public key line');
  return { publicKey: parsePublicKeyBlob(Buffer.from(m[1], 'base64')), comment: m[2] ?? '' };
}

/** The unencrypted openssh-key-v1 format (PROTOCOL.key), readable by ssh-keygen and ssh. */
export function encodePrivateKey(key: Ed25519Key): string {
  const check = randomBytes(4);
  const inner = [check, check, sshString(KEY_TYPE), sshString(key.publicKey), sshString(Buffer.concat([key.seed, key.publicKey])), sshString(key.comment)];
  let section = Buffer.concat(inner);
  const pad = (8 - (section.length % 8)) % 8;
  section = Buffer.concat([section, Buffer.from(Array.from({ length: pad }, (_, i) => i + 1))]);
  const body = Buffer.concat([
    AUTH_MAGIC,
    sshString('none'),
    sshString('none'),
    sshString(Buffer.alloc(0)),
    sshUint32(1),
    sshString(publicKeyBlob(key.publicKey)),
    sshString(section),
  ]);
  return armor(PRIVATE_LABEL, body);
}

export function decodePrivateKey(text: string): Ed25519Key {
  const body = dearmor(PRIVATE_LABEL, text);
  if (!body.subarray(0, AUTH_MAGIC.length).equals(AUTH_MAGIC)) throw new Error('private key: not openssh-key-v1');
  const reader = new SshReader(body.subarray(AUTH_MAGIC.length), 'private key');
  const cipher = reader.text();
  reader.text();
  reader.string();
  if (cipher !== 'none') throw new Error('private key: encrypted keys are not supported (no passphrase prompt)');
  if (reader.uint32() !== 1) throw new Error('private key: expected exactly one key');
  const publicKey = parsePublicKeyBlob(reader.string());
  const section = new SshReader(reader.string(), 'private key section');
  if (section.uint32() !== section.uint32()) throw new Error('private key: check bytes differ (corrupt file)');
  if (section.text() !== KEY_TYPE) throw new Error(`private key: not ${KEY_TYPE}`);
  const pub = section.string();
  const priv = section.string();
  if (!pub.equals(publicKey) || priv.length !== 64 || !priv.subarray(32).equals(publicKey)) throw new Error('private key: public and private parts do not match');
  return { publicKey, seed: Buffer.from(priv.subarray(0, 32)), comment: section.text() };
}

export const privateKeyObject = (key: Ed25519Key): KeyObject =>
  createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: key.seed.toString('base64url'), x: key.publicKey.toString('base64url') }, format: 'jwk' });

export const publicKeyObject = (publicKey: Buffer): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') }, format: 'jwk' });
