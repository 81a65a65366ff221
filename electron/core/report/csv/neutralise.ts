import { neutraliseText } from '../../../../shared/csv-cell';

/** A plain decimal number (satoshi, wei, a count); numeric columns pass these through untouched. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** text: neutralised; number: a plain decimal passes; coin: base units written as whole coins of the row's chain. */
export type CellKind = 'text' | 'number' | 'coin';

export function neutraliseCell(value: unknown, kind: CellKind): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  if (kind !== 'text' && PLAIN_NUMBER.test(text)) return text;
  return neutraliseText(text);
}
