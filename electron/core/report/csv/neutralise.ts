import { neutraliseText } from '../../../../shared/csv-cell';

/** A plain decimal number (satoshi, wei, a count); numeric columns pass these through untouched. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type CellKind = 'text' | 'number';

export function neutraliseCell(value: unknown, kind: CellKind): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (kind === 'number' && PLAIN_NUMBER.test(text)) return text;
  return neutraliseText(text);
}
