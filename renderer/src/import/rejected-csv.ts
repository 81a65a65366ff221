import type { RejectedRow } from '../../../shared/domain/source';

const HEADER = ['file', 'line', 'byte_offset', 'field', 'reason'];

/** A spreadsheet would run a cell starting with = + - @ TAB or CR as a formula; a leading ' keeps it text. */
export const neutraliseCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rejected rows as RFC 4180 CSV (CRLF lines), every cell formula-neutralised: file names and reasons come from the evidence. */
export function rejectedCsv(rows: RejectedRow[]): string {
  const cells = (r: RejectedRow) => [r.file, r.line?.toString() ?? '', r.byteOffset?.toString() ?? '', r.field ?? '', r.reason];
  return [HEADER, ...rows.map(cells)].map((line) => line.map((c) => quote(neutraliseCell(c))).join(',')).join('\r\n') + '\r\n';
}
