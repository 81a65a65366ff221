import { csvField, neutraliseText } from '../../../shared/csv-cell';
import type { RejectedRow } from '../../../shared/domain/source';

const HEADER = ['file', 'line', 'byte_offset', 'field', 'reason'];


/** Rejected rows as RFC 4180 CSV (CRLF lines), every cell formula-neutralised: file names and reasons come from the evidence. */
export function rejectedCsv(rows: RejectedRow[]): string {
  const cells = (r: RejectedRow) => [r.file, r.line?.toString() ?? '', r.byteOffset?.toString() ?? '', r.field ?? '', r.reason];
  return [HEADER, ...rows.map(cells)].map((line) => line.map((c) => csvField(neutraliseText(c))).join(',')).join('\r\n') + '\r\n';
}
