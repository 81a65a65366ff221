import { z } from 'zod';
import { CaseDocument } from './document';

/** Report sections the analyst can choose; the cover, contents and page integrity notes are always included. */
export const REPORT_SECTIONS = [
  'summary',
  'methodology',
  'findings',
  'traces',
  'deposits',
  'documents',
  'clusters',
  'views',
  'transactions',
  'annotations',
  'tags',
  'sources',
  'audit',
  'annex',
] as const;
export const ReportSectionId = z.enum(REPORT_SECTIONS);
export type ReportSectionId = z.infer<typeof ReportSectionId>;

export const ManifestFile = z.object({ path: z.string(), size: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ManifestFile = z.infer<typeof ManifestFile>;

/** One PDF section as listed in the manifest: its pages and the hash chain its footers carry. */
export const ManifestSection = z.object({
  id: z.string(),
  title: z.string(),
  firstPage: z.number().int(),
  lastPage: z.number().int(),
  sha256: z.string(),
  chain: z.string(),
});
export type ManifestSection = z.infer<typeof ManifestSection>;

/** Who signed manifest.json (manifest.json.sig, OpenSSH SSHSIG) and with which key; null for an unsigned package. */
export const ManifestSigner = z.object({ examiner: z.string(), fingerprint: z.string(), publicKey: z.string() });
export type ManifestSigner = z.infer<typeof ManifestSigner>;

/** Which ledger rows csv/ holds: those touching the accepted findings (default) or all of them. */
export const ManifestRows = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('findings'), transactions: z.number().int(), addresses: z.number().int() }),
  z.object({ scope: z.literal('all') }),
]);
export type ManifestRows = z.infer<typeof ManifestRows>;

/** An off-chain document copied into the package (documents/), with what the case recorded of it. */
export const ManifestDocument = CaseDocument.omit({ addedAt: true, addedBy: true }).extend({ path: z.string() });
export type ManifestDocument = z.infer<typeof ManifestDocument>;

export const Manifest = z.object({
  format: z.literal('assay-evidence-package'),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  caseId: z.string(),
  exportedAt: z.string(),
  /** Hash of the last audit-log entry when the package was made: ties the package to one state of the case. */
  auditHead: z.string(),
  /**
   * SHA-256 of the case's evidence digest at export (sources, ledger, tags, annotations, findings, off-chain links;
   * the audit entry at auditHead records the same digest). Absent in packages from before schema 5.
   */
  contentDigest: z.string().optional(),
  /** Absent in packages from before the CSVs could be limited to the findings (they held every row). */
  rows: ManifestRows.optional(),
  report: z.object({ pages: z.number().int(), sections: z.array(ManifestSection) }).nullable(),
  /** The zip written beside the files in the same folder (it holds this manifest, so it cannot be hashed here). */
  zip: z.string().nullable(),
  /** Absent in packages from before signing existed. */
  signer: ManifestSigner.nullable().optional(),
  /** Off-chain documents in documents/ (also listed in files); absent in packages from before schema 6. */
  documents: z.array(ManifestDocument).optional(),
  files: z.array(ManifestFile),
});
export type Manifest = z.infer<typeof Manifest>;

export const ExportResult = z.object({
  outDir: z.string(),
  zip: z.string().nullable(),
  exportedAt: z.string(),
  pages: z.number().int(),
  files: z.array(ManifestFile),
  /** The case's audit head the package is bound to, and whose key signed it (null: unsigned). */
  auditHead: z.string(),
  signer: ManifestSigner.pick({ examiner: true, fingerprint: true }).nullable(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ReportPreview = z.object({
  sections: z.array(z.object({ id: ReportSectionId, title: z.string(), items: z.number().int() })),
  views: z.array(z.object({ name: z.string(), nodes: z.number().int() })),
  csvTables: z.array(z.string()),
  /** Off-chain documents the package copies into documents/ (whatever sections are chosen: they are evidence). */
  documents: z.number().int(),
});
export type ReportPreview = z.infer<typeof ReportPreview>;

export const VerifyResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    kind: z.enum(['package', 'zip', 'case']),
    checked: z.number().int(),
    summary: z.string(),
    /** Packages: whose key signed the manifest; null when the package is unsigned. Absent for a case file. */
    signer: ManifestSigner.pick({ examiner: true, fingerprint: true }).nullable().optional(),
  }),
  z.object({ ok: z.literal(false), kind: z.enum(['package', 'zip', 'case']), item: z.string(), reason: z.string() }),
]);
export type VerifyResult = z.infer<typeof VerifyResult>;

/** Progress of a running export, step by step (one CSV table, the PDF, hashing, the zip). */
export const ReportProgress = z.object({
  stage: z.enum(['csv', 'figures', 'pdf', 'seal', 'zip']),
  /** What is being written, e.g. "flows.csv". */
  item: z.string(),
  step: z.number().int(),
  steps: z.number().int(),
});
export type ReportProgress = z.infer<typeof ReportProgress>;
