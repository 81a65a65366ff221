import type { Manifest, ManifestSigner } from '../../../shared/domain/report';
import { readAllowedSigners } from '../keys/allowed-signers';
import { fingerprint } from '../keys/ed25519-key';
import { verifySshsig } from '../keys/sshsig';
import { ALLOWED_SIGNERS, SIGNATURE, SIGNATURE_NAMESPACE } from '../report/package/signing';
import type { PackageListing } from './package-check';

export type Signer = Pick<ManifestSigner, 'examiner' | 'fingerprint'>;
const MANIFEST_FIELD = 'manifest.json signer';
type SignatureVerdict = { ok: true; signer: Signer | null } | { ok: false; item: string; reason: string };

/**
 * A signed manifest must carry a good SSHSIG signature over its exact bytes, by the key allowed_signers names, which is
 * also the key the manifest names. An unsigned package passes with signer null (the caller says so plainly).
 */
export async function checkSignature(listing: PackageListing, manifest: Manifest, manifestBytes: Buffer): Promise<SignatureVerdict> {
  const fail = (item: string, reason: string): SignatureVerdict => ({ ok: false, item, reason });
  if (!manifest.signer) return { ok: true, signer: null };
  if (!listing.files.has(SIGNATURE)) return fail(SIGNATURE, 'missing: the manifest says the package is signed');
  if (!manifest.files.some((f) => f.path === ALLOWED_SIGNERS)) return fail(ALLOWED_SIGNERS, 'not listed in the manifest of a signed package');
  const allowed = readAllowedSigners((await listing.read(ALLOWED_SIGNERS)).toString('utf8'));
  if (!allowed) return fail(ALLOWED_SIGNERS, 'holds no Ed25519 key for namespace "file"');
  const verdict = verifySshsig(manifestBytes, (await listing.read(SIGNATURE)).toString('utf8'), SIGNATURE_NAMESPACE);
  if (!verdict.ok) return fail(SIGNATURE, `bad signature over manifest.json: ${verdict.reason}`);
  const signedBy = fingerprint(verdict.publicKey);
  if (signedBy !== allowed.fingerprint) return fail(SIGNATURE, `made with key ${signedBy}, but allowed_signers names key ${allowed.fingerprint}`);
  if (manifest.signer.fingerprint !== signedBy || manifest.signer.examiner !== allowed.examiner) {
    return fail(MANIFEST_FIELD, `names ${manifest.signer.examiner} (${manifest.signer.fingerprint}); allowed_signers names ${allowed.examiner} (${signedBy})`);
  }
  return { ok: true, signer: { examiner: allowed.examiner, fingerprint: signedBy } };
}

/** --expect-key: only that key's signature will do; an unsigned package fails too. */
export function checkExpectedKey(signer: Signer | null, expected: string | undefined): string | null {
  if (expected === undefined) return null;
  if (!signer) return `the package is unsigned; expected a signature by key ${expected}`;
  return signer.fingerprint === expected ? null : `signed by ${signer.examiner} with key ${signer.fingerprint}, not the expected key ${expected}`;
}
