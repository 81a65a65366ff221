/** Keeps the date, time and zone of a readable time on one line wherever prose wraps (pdfkit does not break at U+00A0). */
const NBSP = '\u00a0';

/**
 * An ISO 8601 instant as prose states it: "2026-12-04 21:33 UTC" (to the minute, in UTC, held together by no-break
 * spaces). The CSVs and the audit table keep full ISO 8601; text that is not an instant is returned as it is.
 */
export function readableUtc(iso: string): string {
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return iso;
  const at = new Date(ms).toISOString();
  return `${at.slice(0, 10)}${NBSP}${at.slice(11, 16)}${NBSP}UTC`;
}
