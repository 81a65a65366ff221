import { toAppError } from '../../../shared/api/errors';

/** The form fields a VALIDATION error names (last path segment of each issue), to mark them invalid. */
export function invalidFields(error: unknown): Set<string> {
  return new Set(fieldIssues(error).keys());
}

/** Each named field with the reason it failed (the first, when several), to show beside that field. */
export function fieldIssues(error: unknown): Map<string, string> {
  const issues = new Map<string, string>();
  if (error === null || error === undefined) return issues;
  const e = toAppError(error);
  const details = e.details as { field?: unknown; issues?: { path?: unknown; message?: unknown }[] } | undefined;
  const last = (p: string) => p.split('.').at(-1) ?? p;
  for (const issue of details?.issues ?? []) {
    if (typeof issue.path === 'string' && !issues.has(last(issue.path))) issues.set(last(issue.path), typeof issue.message === 'string' ? issue.message : 'invalid');
  }
  if (typeof details?.field === 'string' && !issues.has(last(details.field))) issues.set(last(details.field), e.message);
  return issues;
}
