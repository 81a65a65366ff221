import { z } from 'zod';
import { method } from '../define';
import { ExaminerKeyInfo } from '../../domain/keys';

export const keysMethods = {
  'keys.show': method({
    summary: "The examiner's signing key (public part and fingerprint), or null when none exists yet.",
    params: z.object({}).strict(),
    result: ExaminerKeyInfo.nullable(),
  }),
  'keys.init': method({
    summary: 'Create the examiner\'s Ed25519 signing key (OpenSSH format, private file readable by the user only).',
    params: z
      .object({
        examiner: z.string().min(1).max(100),
        /** The user confirmed replacing an existing key (packages it signed stay verifiable by their fingerprint). */
        replace: z.boolean().default(false),
      })
      .strict(),
    result: ExaminerKeyInfo,
  }),
};
