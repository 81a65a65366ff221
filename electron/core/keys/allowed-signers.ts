import { fingerprint, parsePublicKeyLine, publicKeyLine, type Ed25519Key } from './ed25519-key';

/** One allowed_signers line (ssh-keygen(1) "ALLOWED SIGNERS"): the examiner as principal, quoted for spaces, namespace file. */
export const allowedSignersLine = (key: Pick<Ed25519Key, 'publicKey' | 'comment'>): string =>
  `"${key.comment}" namespaces="file" ${publicKeyLine({ publicKey: key.publicKey, comment: '' })}`;

/** The signer an allowed_signers file names (the first line that parses); null when it holds no Ed25519 key. */
export function readAllowedSigners(text: string): { examiner: string; publicKey: Buffer; fingerprint: string } | null {
  for (const line of text.split('\n')) {
    const m = /^"([^"]*)" namespaces="file" (ssh-ed25519 \S+)\s*$/.exec(line.trim());
    if (!m?.[1] || !m[2]) continue;
    try {
      const { publicKey } = parsePublicKeyLine(m[2]);
      return { examiner: m[1], publicKey, fingerprint: fingerprint(publicKey) };
    } catch {
      continue;
    }
  }
  return null;
}
