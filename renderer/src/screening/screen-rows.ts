import type { ScreenRow } from '../../../shared/domain/screen';
import { nodeId } from '../../../shared/domain/graph';

/** Addresses as typed or pasted: one per line (commas and spaces split too); blanks, `#` comments and repeats dropped. */
export const addressesOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/\r?\n/)
      .filter((line) => !line.trim().startsWith('#'))
      .flatMap((line) => line.split(/[\s,;]+/))
      .filter(Boolean),
  ),
];

/** Most exposed first, then nearest to a source; the list order breaks ties. */
export const byExposure = (rows: readonly ScreenRow[]): ScreenRow[] =>
  rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.exposure - a.row.exposure || (a.row.hops ?? Infinity) - (b.row.hops ?? Infinity) || a.i - b.i)
    .map(({ row }) => row);

/** A screening path (address, then a transaction and an address per hop) as graph node ids. */
export const pathNodeIds = (chain: string, path: readonly string[]): string[] =>
  path.filter(Boolean).map((step, i) => nodeId(i % 2 === 0 ? 'address' : 'tx', chain, step));

export const percent = (share: number): string => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)}%`;
