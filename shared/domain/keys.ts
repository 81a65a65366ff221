import { z } from 'zod';

/** The examiner's signing key as the UI and CLI show it (never the private part, never its file path). */
export const ExaminerKeyInfo = z.object({
  examiner: z.string(),
  /** "ssh-ed25519 AAAA... examiner", as in an OpenSSH .pub file. */
  publicKey: z.string(),
  /** As `ssh-keygen -l` prints it: "SHA256:..." */
  fingerprint: z.string(),
});
export type ExaminerKeyInfo = z.infer<typeof ExaminerKeyInfo>;

/** An OpenSSH SHA-256 key fingerprint, as typed after --expect-key. */
export const KeyFingerprint = z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'a fingerprint looks like SHA256: followed by 43 base64 characters');
