import fs from 'node:fs';
import type { ManifestSigner } from '../../../../shared/domain/report';
import { allowedSignersLine } from '../../keys/allowed-signers';
import { fingerprint, publicKeyLine, type Ed25519Key } from '../../keys/ed25519-key';
import { signSshsig } from '../../keys/sshsig';
import { insideDir } from './paths';

/** The signature of manifest.json (OpenSSH SSHSIG, namespace "file") and the examiner's key it verifies against. */
export const SIGNATURE = 'manifest.json.sig';
export const ALLOWED_SIGNERS = 'allowed_signers';
export const SIGNATURE_NAMESPACE = 'file';

export const signerOf = (key: Ed25519Key): ManifestSigner => ({
  examiner: key.comment,
  fingerprint: fingerprint(key.publicKey),
  publicKey: publicKeyLine({ publicKey: key.publicKey, comment: '' }),
});

/** The exact command VERIFY.txt prints; the examiner is quoted as the allowed_signers principal. */
export const sshVerifyCommand = (examiner: string): string =>
  `ssh-keygen -Y verify -f ${ALLOWED_SIGNERS} -I "${examiner}" -n ${SIGNATURE_NAMESPACE} -s ${SIGNATURE} < manifest.json`;

/** Written before the manifest, so the manifest (and with it the signature) covers it. */
export function writeAllowedSigners(root: string, key: Ed25519Key): void {
  fs.writeFileSync(insideDir(root, ALLOWED_SIGNERS), `${allowedSignersLine(key)}\n`, { flag: 'wx', mode: 0o600 });
}

/** Signs the manifest's exact bytes; the signature is the only file the manifest cannot list. */
export function signManifest(root: string, manifestBytes: Buffer, key: Ed25519Key): void {
  fs.writeFileSync(insideDir(root, SIGNATURE), signSshsig(manifestBytes, key, SIGNATURE_NAMESPACE), { flag: 'wx', mode: 0o600 });
}
