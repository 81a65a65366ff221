import { z } from 'zod';

export const RejectedRow = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  byteOffset: z.number().int().nullable(),
  field: z.string().nullable(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRow>;

export const ImportCounts = z.object({
  blocks: z.number().int(),
  transactions: z.number().int(),
  inputs: z.number().int(),
  outputs: z.number().int(),
  transfers: z.number().int(),
  tags: z.number().int(),
  addresses: z.number().int(),
  /** Attribution imports: actors and mining pools (older sources lack them). */
  actors: z.number().int().default(0),
  pools: z.number().int().default(0),
  /** Price series: quotes (older sources lack them). */
  prices: z.number().int().default(0),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const SourceRecord = z.object({
  id: z.number().int(),
  originalName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  format: z.string(),
  importerVersion: z.string(),
  importedAt: z.string(),
  counts: ImportCounts,
  rejectedCount: z.number().int(),
  /** SHA-256 of the query that produced the file (an extract run), recorded with it as its provenance; null otherwise. */
  querySha256: z.string().nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const ImportResult = z.object({
  file: z.string(),
  sha256: z.string(),
  format: z.string(),
  sourceId: z.number().int(),
  counts: ImportCounts,
  /** Rows that were new to the case (re-imports add nothing). */
  added: ImportCounts,
  rejected: z.array(RejectedRow),
  rejectedCount: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportProgress = z.object({
  jobId: z.string(),
  file: z.string(),
  fileIndex: z.number().int(),
  fileCount: z.number().int(),
  bytes: z.number(),
  totalBytes: z.number(),
  rows: z.number().int(),
  rowsPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
