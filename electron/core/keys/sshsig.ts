import { createHash, sign, verify } from 'node:crypto';
import { parsePublicKeyBlob, privateKeyObject, publicKeyBlob, publicKeyObject, type Ed25519Key } from './ed25519-key';
import { armor, dearmor, SshReader, sshString, sshUint32 } from './ssh-wire';

/** OpenSSH's detached signature format (PROTOCOL.sshsig), as `ssh-keygen -Y sign` writes it. */
const MAGIC = Buffer.from('SSHSIG', 'latin1');
const LABEL = 'SSH SIGNATURE';
const HASH = 'sha512';

/** What is actually signed: the preamble, namespace, reserved, hash name and the message's hash. */
function signedData(namespace: string, message: Buffer, hash: string): Buffer {
  const digest = createHash(hash).update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hash), sshString(digest)]);
}

export function signSshsig(message: Buffer, key: Ed25519Key, namespace: string): string {
  const signature = sign(null, signedData(namespace, message, HASH), privateKeyObject(key));
  const blob = Buffer.concat([
    MAGIC,
    sshUint32(1),
    sshString(publicKeyBlob(key.publicKey)),
    sshString(namespace),
    sshString(''),
    sshString(HASH),
    sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(signature)])),
  ]);
  return armor(LABEL, blob);
}

export type SshsigVerdict = { ok: true; publicKey: Buffer } | { ok: false; reason: string; publicKey?: Buffer };

/** Checks an armoured signature over message in namespace; says which key made it (or why it does not hold). */
export function verifySshsig(message: Buffer, armored: string, namespace: string): SshsigVerdict {
  let publicKey: Buffer | undefined;
  try {
    const reader = new SshReader(dearmor(LABEL, armored), 'signature');
    if (!reader.raw(MAGIC.length).equals(MAGIC)) return { ok: false, reason: 'not an SSHSIG signature' };
    const version = reader.uint32();
    if (version !== 1) return { ok: false, reason: `unsupported SSHSIG version ${version}` };
    publicKey = parsePublicKeyBlob(reader.string());
    const signedNamespace = reader.text();
    reader.string();
    const hash = reader.text();
    const sigBlob = new SshReader(reader.string(), 'signature blob');
    if (!reader.done) return { ok: false, reason: 'trailing bytes after the signature', publicKey };
    if (signedNamespace !== namespace) return { ok: false, reason: `signed for namespace "${signedNamespace}", expected "${namespace}"`, publicKey };
    if (hash !== 'sha512' && hash !== 'sha256') return { ok: false, reason: `unsupported hash ${hash}`, publicKey };
    if (sigBlob.text() !== 'ssh-ed25519') return { ok: false, reason: 'not an Ed25519 signature', publicKey };
    const signature = sigBlob.string();
    return verify(null, signedData(namespace, message, hash), publicKeyObject(publicKey), signature) ? { ok: true, publicKey } : { ok: false, reason: 'the signature does not match the signed file', publicKey };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), ...(publicKey ? { publicKey } : {}) };
  }
}
