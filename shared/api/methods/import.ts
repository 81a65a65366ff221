import { z } from 'zod';
import { method } from '../define';
import { Chain } from '../../domain/chain';
import { TagConfidence } from '../../domain/confidence';
import { ImportResult, RejectedRow, SourceRecord } from '../../domain/source';

export const FileRef = z.object({ id: z.string(), name: z.string(), size: z.number().int() });
export type FileRef = z.infer<typeof FileRef>;

const Column = z.string().min(1).max(200);

/** How the generic CSV format reads a file: which column holds what (header names, matched case-insensitively). */
export const CsvMapping = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('transfers'),
      chain: Chain,
      /** Amounts are decimals of this many places (18 for ETH in ether); 0 means the column holds base units. */
      decimals: z.number().int().min(0).max(36).default(0),
      columns: z.object({
        txid: Column,
        from: Column,
        to: Column,
        value: Column,
        time: Column.optional(),
        block: Column.optional(),
        token: Column.optional(),
      }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('labels'),
      chain: Chain,
      columns: z.object({ address: Column, label: Column, category: Column.optional(), actor: Column.optional() }),
    })
    .strict(),
]);
export type CsvMapping = z.infer<typeof CsvMapping>;

export const ImportPreview = z.object({
  file: z.string(),
  /** The detected (or requested) format; null when nothing recognised the file. */
  format: z.string().nullable(),
  label: z.string().nullable(),
  /** False when the file does not say its chain (a label CSV without a chain column): the analyst must choose one. */
  namesChain: z.boolean(),
  /** Header columns, for CSV files (the mapping step offers them). */
  columns: z.array(z.string()),
  /** The first lines as text, for the analyst to eyeball. */
  lines: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const importMethods = {
  'files.choose': method({
    summary: 'Ask the user for files to import (native dialog); empty when cancelled or unavailable.',
    params: z.object({}).strict(),
    result: z.array(FileRef),
  }),
  'files.fromPaths': method({
    summary: 'Register files the user dropped on the window (Electron: paths from the preload bridge).',
    params: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    result: z.array(FileRef),
  }),
  'import.run': method({
    summary: 'Import files into the open case, one transaction per file; progress arrives as import.progress events.',
    params: z
      .object({
        jobId: z.string().min(1).max(100),
        files: z.array(z.string().min(1)).min(1).max(1000),
        format: z.string().max(50).optional(),
        onBadRows: z.enum(['skip', 'refuse']).default('skip'),
        chain: Chain.optional(),
        mapping: CsvMapping.optional(),
        /** For TagPacks whose tags state no confidence: the level the analyst states for them (audited). */
        confidence: TagConfidence.optional(),
      })
      .strict(),
    result: z.array(ImportResult),
  }),
  'import.preview': method({
    summary: 'Detect the format of a file and show its first lines and columns, before importing it.',
    params: z.object({ file: z.string().min(1), format: z.string().max(50).optional() }).strict(),
    result: ImportPreview,
  }),
  'import.rejected': method({
    summary: 'The rejected rows of one imported source, a page at a time (for the result view and its CSV export).',
    params: z
      .object({ sourceId: z.number().int(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(10_000).default(1000) })
      .strict(),
    result: z.object({ total: z.number().int(), rows: z.array(RejectedRow) }),
  }),
  'tags.paste': method({
    summary: 'Tag a pasted list of addresses (one per line, or separated by commas or spaces) as one source.',
    params: z
      .object({
        chain: Chain,
        text: z.string().min(1).max(10_000_000),
        label: z.string().min(1).max(200),
        category: z.string().max(100).optional(),
        onBadRows: z.enum(['skip', 'refuse']).default('skip'),
      })
      .strict(),
    result: ImportResult,
  }),
  'import.cancel': method({
    summary: 'Cancel a running import job; the file being imported rolls back.',
    params: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    result: z.object({ cancelled: z.boolean() }),
  }),
  'import.formats': method({
    summary: 'Formats the importer knows.',
    params: z.object({}).strict(),
    result: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(['ledger', 'attribution']) })),
  }),
  'sources.list': method({
    summary: 'Every imported source with its SHA-256 and counts.',
    params: z.object({}).strict(),
    result: z.array(SourceRecord),
  }),
};
