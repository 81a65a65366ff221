import type { TableCell, TableColumn } from '../../../shared/api/methods/workspace';
import { formatIso, formatUnix } from '../ui/format';

/** A cell as display text (React renders it as text, never markup). */
export function cellText(column: TableColumn, value: TableCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'time' && typeof value === 'number') return formatUnix(value);
  if (column.kind === 'iso' && typeof value === 'string') return formatIso(value);
  return String(value);
}

/** Column widths by kind (px): ids and hashes get room, counts stay narrow. */
export function columnWidth(column: TableColumn): number {
  if (['txid', 'address', 'sha256', 'hash', 'details', 'title', 'original_name'].includes(column.key)) return 260;
  if (['label', 'category', 'detector', 'status_reason', 'action'].includes(column.key)) return 190;
  if (column.key === 'chain') return 60;
  if (column.kind === 'time' || column.kind === 'iso') return 170;
  if (column.kind === 'number') return 100;
  return 130;
}

/** Saves text as a file through the browser's download (Electron shows its save dialog for it). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
