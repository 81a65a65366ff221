import { z } from 'zod';

export const CaseInfo = z.object({
  caseId: z.string(),
  title: z.string(),
  examiner: z.string(),
  caseNumber: z.string(),
  agency: z.string(),
  createdAt: z.string(),
  /** Shown to the user: the location they chose (a dialog path or a workspace file name). */
  location: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  counts: z.object({
    transactions: z.number().int(),
    addresses: z.number().int(),
    sources: z.number().int(),
    tags: z.number().int(),
  }),
});
export type CaseInfo = z.infer<typeof CaseInfo>;

export const RecentCase = z.object({
  location: z.string(),
  fileName: z.string(),
  title: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentCase = z.infer<typeof RecentCase>;

/** Fields the analyst gives when creating a case; all but the title are optional. */
export const CaseHeader = z.object({
  title: z.string().trim().min(1, 'a case needs a title').max(200),
  examiner: z.string().max(200).default(''),
  caseNumber: z.string().max(100).default(''),
  agency: z.string().max(200).default(''),
});
export type CaseHeader = z.input<typeof CaseHeader>;
