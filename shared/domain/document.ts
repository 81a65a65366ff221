import { z } from 'zod';

/** The day the examiner received a document (the return's date, not when it was added): YYYY-MM-DD. */
export const ReceivedDate = z.iso.date({ message: 'expected the received date as YYYY-MM-DD' });

/**
 * An off-chain document (subpoena return, exchange KYC reply, rental-order record) kept in the case: its bytes are
 * stored with it, named by SHA-256. The file name and description are untrusted text: shown as text only.
 */
export const CaseDocument = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int(),
  receivedAt: z.string(),
  /** What it is and its legal reference (e.g. the subpoena number); empty when none was given. */
  description: z.string(),
  /** The finding it supports, if any: removing the document is refused while that finding is accepted. */
  findingId: z.number().int().nullable(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const DocumentFields = z
  .object({
    receivedAt: ReceivedDate,
    description: z.string().trim().max(1000).default(''),
    findingId: z.number().int().min(1).nullable().default(null),
  })
  .strict();
export type DocumentFields = z.output<typeof DocumentFields>;
