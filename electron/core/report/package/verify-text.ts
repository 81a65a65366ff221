import { PAGE_CHAIN_EXPLANATION } from '../pdf/page-chain';

/** VERIFY.txt: how to check the package with standard tools, without Assay. Constant, so it hashes the same every time. */
export function verifyText(): string {
  return [
    'How to verify this evidence package',
    '===================================',
    '',
    '1. File integrity. SHA256SUMS lists the SHA-256 of every file in this folder (manifest.json included).',
    '   Linux:    sha256sum -c SHA256SUMS',
    '   macOS:    shasum -a 256 -c SHA256SUMS',
    '   Windows:  Get-FileHash -Algorithm SHA256 <file>   (PowerShell; compare with SHA256SUMS)',
    '   Every line must report OK.',
    '',
    '2. Nothing added or removed. sha256sum does not notice extra files: compare the file list with manifest.json',
    '   ("files": path, size, sha256), e.g.  find . -type f | sort  . Only manifest.json, SHA256SUMS and the zip named',
    '   in manifest.json ("zip") may be absent from that list. `assay verify <folder or zip>` runs checks 1 and 2.',
    '',
    '3. manifest.json also names the case id, the application version, the export time and "auditHead": the hash',
    '   of the last audit-log entry of the case when the package was made.',
    '',
    '4. Page integrity of report.pdf.',
    `   ${PAGE_CHAIN_EXPLANATION}`,
    '',
    '5. Audit log. csv/audit_log.csv is the case\'s append-only log. Each row\'s hash is',
    '   SHA-256( prev_hash + "\\n" + JSON array [seq, at, actor, action, details] ), with the JSON written without',
    '   spaces, and prev_hash of row 1 is 64 zeros. (Remove one leading apostrophe from a text cell first: see',
    '   csv/README.txt.) `assay verify CASE.assay` checks the chain inside a case file.',
    '',
  ].join('\n');
}
