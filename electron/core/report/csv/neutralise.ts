/**
 * OWASP CSV injection: a spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula. Such text cells get a
 * leading apostrophe. Full-width look-alikes are included because some spreadsheets normalise them.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain decimal number (satoshi, wei, a count); numeric columns pass these through untouched. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type CellKind = 'text' | 'number';

export function neutraliseCell(value: unknown, kind: CellKind): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (kind === 'number' && PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}
