import { z } from 'zod';
import { method } from '../define';
import { ImportResult, SourceRecord } from '../../domain/source';

export const FileRef = z.object({ id: z.string(), name: z.string(), size: z.number().int() });
export type FileRef = z.infer<typeof FileRef>;

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
      })
      .strict(),
    result: z.array(ImportResult),
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
