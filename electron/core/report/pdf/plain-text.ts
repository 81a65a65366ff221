/** Direction overrides and isolates would let a label reorder the text around it; they are shown, not obeyed. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Control characters other than line breaks and tabs. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const codePoint = (c: string): string => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/**
 * Untrusted text as the PDF shows it: invisible controls become visible [U+XXXX] marks, line breaks become spaces
 * unless kept, and the length is capped with a note (the CSVs keep the full value).
 */
export function plainText(value: unknown, options: { max?: number; keepLines?: boolean } = {}): string {
  const raw = value === null || value === undefined ? '' : String(value);
  let text = raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  if (!options.keepLines) text = text.replace(/\n+/g, ' ');
  text = text.replace(BIDI_CONTROLS, codePoint).replace(CONTROLS, codePoint);
  const max = options.max ?? 2000;
  if (text.length > max) text = `${text.slice(0, max)}… [${text.length - max} more characters in the CSV]`;
  return text;
}
