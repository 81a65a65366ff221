import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ExaminerKeyInfo } from '../../../shared/domain/keys';
import { decodePrivateKey, encodePrivateKey, fingerprint, generateEd25519, publicKeyLine, type Ed25519Key } from './ed25519-key';

const PRIVATE_FILE = 'id_ed25519';
const PUBLIC_FILE = 'id_ed25519.pub';

/** Where the examiner's key lives: ASSAY_KEYS_DIR (tests, a key on removable media), else <user data>/keys. */
export const keysDirFor = (userDataDir: string): string => (process.env.ASSAY_KEYS_DIR ? path.resolve(process.env.ASSAY_KEYS_DIR) : path.join(userDataDir, 'keys'));

/** An examiner name usable as an allowed_signers principal and on a command line: printable, no quotes or commas. */
export function checkExaminerName(name: string): string {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N} ._@'-]{1,100}$/u.test(trimmed)) {
    throw new AppError('VALIDATION', "An examiner name may use letters, digits, spaces and . _ @ ' - (1 to 100 characters).", { field: 'examiner' });
  }
  return trimmed;
}

export const keyInfo = (key: Ed25519Key): ExaminerKeyInfo => ({ examiner: key.comment, publicKey: publicKeyLine(key), fingerprint: fingerprint(key.publicKey) });

export const privateKeyFile = (dir: string): string => path.join(dir, PRIVATE_FILE);

/** The examiner's key, or null when none was created. A damaged key file is an error, never silently replaced. */
export function loadKey(dir: string): Ed25519Key | null {
  const file = privateKeyFile(dir);
  if (!fs.existsSync(file)) return null;
  try {
    return decodePrivateKey(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('CASE_INVALID', `The examiner key ${path.basename(file)} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { reason: 'KEY_UNREADABLE' });
  }
}

/** Creates the examiner's Ed25519 key: private file readable by the user only (0600), public key beside it. */
export function createKey(dir: string, examiner: string, replace: boolean): Ed25519Key {
  const name = checkExaminerName(examiner);
  const file = privateKeyFile(dir);
  if (fs.existsSync(file) && !replace) {
    throw new AppError('VALIDATION', 'An examiner key already exists; replacing it needs confirmation (--force).', { field: 'replace', reason: 'EXISTS' });
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = generateEd25519(name);
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, encodePrivateKey(key), { mode: 0o600, flag: 'w' });
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
  fs.writeFileSync(path.join(dir, PUBLIC_FILE), `${publicKeyLine(key)}\n`, { mode: 0o644 });
  return key;
}
