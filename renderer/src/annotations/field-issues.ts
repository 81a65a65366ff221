import { toAppError } from '../../../shared/api/errors';

/** The form fields a VALIDATION error names (last path segment of each issue), to mark them invalid. */
export function invalidFields(error: unknown): Set<string> {
  if (error === null || error === undefined) return new Set();
  const details = toAppError(error).details as { field?: unknown; issues?: { path?: unknown }[] } | undefined;
  const paths = [details?.field, ...(details?.issues ?? []).map((i) => i.path)].filter((p): p is string => typeof p === 'string');
  return new Set(paths.map((p) => p.split('.').at(-1) ?? p));
}
