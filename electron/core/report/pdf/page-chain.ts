import { createHash } from 'node:crypto';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The chain's starting value: bound to the case, so a section cannot be moved into another case's report. */
export const chainStart = (caseId: string): string => sha256(`assay-report-chain-v1:${caseId}`);

/** A section's hash: SHA-256 of the canonical JSON of the data it shows (the same rows as the CSVs). */
export const sectionHash = (content: unknown): string => sha256(JSON.stringify(content));

/** chain(k) = SHA-256(chain(k-1) ":" sectionHash(k)); every page of section k is footed with chain(k-1) and chain(k). */
export const chainNext = (previous: string, sectionSha256: string): string => sha256(`${previous}:${sectionSha256}`);

/** How many hex digits a footer prints; the manifest holds the full values. */
export const FOOTER_HASH_DIGITS = 16;

export const PAGE_CHAIN_EXPLANATION =
  'Every page is footed with the case id, "page N of M" and two hashes: the chain value of the previous section and ' +
  'that of the page\'s own section. A section\'s hash is the SHA-256 of the data it shows; chain(k) = SHA-256(chain(k-1) ' +
  '":" hash(k)), starting from SHA-256("assay-report-chain-v1:" case id). manifest.json lists every section with its ' +
  'first and last page, hash and chain value, and manifest.json is itself covered by SHA256SUMS. A page moved, removed or ' +
  'taken from another report shows a page number or chain value that does not match the manifest.';
