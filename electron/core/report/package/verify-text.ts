import type { ManifestSigner } from '../../../../shared/domain/report';
import { PAGE_CHAIN_EXPLANATION } from '../pdf/page-chain';
import { DOCUMENTS_DIR } from './documents';
import { ALLOWED_SIGNERS, SIGNATURE, sshVerifyCommand } from './signing';

/** Windows PowerShell 5+: checks every line of SHA256SUMS and prints OK or FAILED per file. */
export const POWERSHELL_CHECK =
  "Get-Content SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { \"OK      $f\" } else { \"FAILED  $f\" } }";

function signatureStep(signer: ManifestSigner | null): string[] {
  if (!signer) {
    return [
      '0. Signature. This package is NOT signed: nothing in it binds it to an examiner. (An examiner signs packages by',
      '   creating a key first: `assay keys init --examiner NAME`.)',
    ];
  }
  return [
    `0. Signature. manifest.json is signed by ${signer.examiner} with the Ed25519 key`,
    `      ${signer.fingerprint}`,
    `   (OpenSSH SSHSIG format in ${SIGNATURE}; the public key is in ${ALLOWED_SIGNERS}). OpenSSH 8.2+ checks it (it ships`,
    '   with Windows 10 and later, macOS and Linux):',
    `      ${sshVerifyCommand(signer.examiner)}`,
    `   It must print: Good "file" signature for ${signer.examiner}. Compare the fingerprint above with the one the`,
    '   examiner gave you through another channel (`ssh-keygen -l -f allowed_signers` prints it): a forger can sign',
    '   with a key of their own, never with the examiner\'s. Then checks 1 and 2 tie every file to the signed manifest.',
  ];
}

/** Where the off-chain documents are and what covers them. */
function documentsStep(count: number): string[] {
  if (count === 0) return ['6. Off-chain documents. This package holds none (the case keeps no subpoena return or other document).'];
  return [
    `6. Off-chain documents. ${DOCUMENTS_DIR}/ holds the ${count === 1 ? 'document' : `${count} documents`} the examiner received (subpoena`,
    '   returns, exchange KYC replies, order records) exactly as kept in the case, each as <id>-<file name>.',
    '   manifest.json ("documents") names each with its original file name, SHA-256, received date and description;',
    '   check 1 covers them like every other file, and report.pdf lists them under "Off-chain documents".',
  ];
}

/** VERIFY.txt: how to check the package with standard tools, without Assay. Depends on the signer and the documents, never on the time. */
export function verifyText(signer: ManifestSigner | null, documents: number): string {
  return [
    'How to verify this evidence package',
    '===================================',
    '',
    ...signatureStep(signer),
    '',
    '1. File integrity. SHA256SUMS lists the SHA-256 of every file in this folder (manifest.json included).',
    '   Linux:    sha256sum -c SHA256SUMS',
    '   macOS:    shasum -a 256 -c SHA256SUMS',
    '   Windows (PowerShell, in this folder):',
    `      ${POWERSHELL_CHECK}`,
    '   Every line must report OK.',
    '',
    '2. Nothing added or removed. sha256sum does not notice extra files: compare the file list with manifest.json',
    '   ("files": path, size, sha256), e.g.  find . -type f | sort  . Only manifest.json, SHA256SUMS, manifest.json.sig',
    '   and the zip named in manifest.json ("zip") may be absent from that list. `assay verify <folder or zip>` runs',
    '   checks 0, 1 and 2.',
    '',
    '3. manifest.json also names the case id, the application version, the export time and "auditHead": the hash',
    '   of the last audit-log entry of the case when the package was made. `assay verify <package> --case CASE.assay`',
    '   confirms that this head is part of that case file\'s audit chain.',
    '',
    '4. Page integrity of report.pdf.',
    `   ${PAGE_CHAIN_EXPLANATION}`,
    '',
    '5. Audit log. csv/audit_log.csv is the case\'s append-only log. Each row\'s hash is the lowercase hex of',
    '      SHA-256( prev_hash + "\\n" + JSON array [seq, at, actor, action, details, content_digest] )',
    '   where seq is a number and the others are strings, the JSON is written without spaces (as JavaScript\'s',
    '   JSON.stringify does), content_digest is left out of the array when its cell is empty (entries from before',
    '   schema 5), and prev_hash of row 1 is 64 zeros. Each row\'s prev_hash is the hash of the row before it. The',
    '   content_digest names, per group of evidence tables, the row count and a SHA-256 over the rows; `assay verify',
    '   CASE.assay` recomputes it and names any group changed outside Assay. (Remove one leading apostrophe from a',
    '   text cell first: see csv/README.txt.)',
    '',
    ...documentsStep(documents),
    '',
  ].join('\n');
}
