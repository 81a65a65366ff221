// Errors cross every transport as plain data: {code, message, details}. Never a stack trace or an unchosen path.
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'NO_CASE',
  'NOT_FOUND',
  'CASE_INVALID',
  'CASE_TOO_NEW',
  'CASE_LOCKED',
  'IMPORT_REJECTED',
  'CANCELLED',
  // A call ran past its time limit; the engine was restarted so the app keeps answering.
  'TIMEOUT',
  'UNSUPPORTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface SerializedError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): SerializedError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isSerializedError(value: unknown): value is SerializedError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}

/** Rebuilds an AppError on the receiving side of a transport. */
export function toAppError(value: unknown): AppError {
  if (value instanceof AppError) return value;
  if (isSerializedError(value)) return new AppError(value.code, value.message, value.details);
  return new AppError('INTERNAL', 'Unexpected error');
}
