import { CHAIN_DECIMALS, formatBaseUnits } from '../../../shared/amount';

/** An amount in base units as the report shows it: exact decimal plus ticker; '?' when unknown. */
export function coin(value: number | bigint | string | null | undefined, chain: string): string {
  if (value === null || value === undefined || value === '') return '?';
  try {
    return `${formatBaseUnits(BigInt(value), CHAIN_DECIMALS[chain] ?? 8)} ${chain}`;
  } catch {
    return String(value);
  }
}

/**
 * A block time (Unix seconds) as ISO 8601 UTC, "2023-06-07T14:03:11Z" as in the CSVs: no space, so a line never
 * breaks inside it; '?' when unknown.
 */
export const utc = (seconds: number | null | undefined): string =>
  seconds === null || seconds === undefined ? '?' : `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;

/** A stored ISO 8601 time (analyst actions) without its milliseconds, the same shape as utc(). */
export const isoSeconds = (iso: string): string => iso.replace(/\.\d+Z$/, 'Z');
