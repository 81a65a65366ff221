import { z } from 'zod';
import { method } from '../define';
import { CaseHeader, CaseInfo, RecentCase } from '../../domain/case';

/** A case location: a path granted by a native dialog (Electron) or a file name inside the host's workspace folder. */
const Location = z.string().min(1).max(4096);

export const caseMethods = {
  'case.create': method({
    summary: 'Create a new case file at a chosen location and open it.',
    params: z.object({ location: Location, header: CaseHeader }).strict(),
    result: CaseInfo,
  }),
  'case.open': method({
    summary: 'Open an existing case file; readOnly opens it for reading only, without the writer\'s lock (a second instance may hold it).',
    params: z.object({ location: Location, readOnly: z.boolean().default(false) }).strict(),
    result: CaseInfo,
  }),
  'case.close': method({
    summary: 'Close the open case.',
    params: z.object({}).strict(),
    result: z.null(),
  }),
  'case.saveCopy': method({
    summary: 'Save a consistent copy of the open case (SQLite online backup) at a new location; the case stays open.',
    params: z.object({ location: Location }).strict(),
    result: z.object({ location: z.string(), bytes: z.number().int().nonnegative() }),
  }),
  'case.current': method({
    summary: 'The open case, if any.',
    params: z.object({}).strict(),
    result: CaseInfo.nullable(),
  }),
  'case.recent': method({
    summary: 'Recently opened cases, newest first.',
    params: z.object({}).strict(),
    result: z.array(RecentCase),
  }),
  'case.forgetRecent': method({
    summary: 'Remove a case from the recent list (by the location the list shows); the file itself is not touched.',
    params: z.object({ location: Location }).strict(),
    result: z.object({ removed: z.boolean() }),
  }),
  'case.chooseNew': method({
    summary: 'Ask the user where to save a new case (native dialog); null when cancelled or unavailable.',
    params: z.object({ suggestedName: z.string().max(200) }).strict(),
    result: z.string().nullable(),
  }),
  'case.chooseExisting': method({
    summary: 'Ask the user for a case file to open (native dialog); null when cancelled or unavailable.',
    params: z.object({}).strict(),
    result: z.string().nullable(),
  }),
  'workspace.list': method({
    summary: 'Case files in the workspace folder (browser host only; empty elsewhere).',
    params: z.object({}).strict(),
    result: z.array(z.object({ fileName: z.string(), size: z.number().int(), modifiedAt: z.string() })),
  }),
};
