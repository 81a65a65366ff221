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

/** A block time (Unix seconds) as "YYYY-MM-DD hh:mm:ss" UTC (tables say UTC in the header); '?' when unknown. */
export const utcShort = (seconds: number | null | undefined): string =>
  seconds === null || seconds === undefined ? '?' : new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** The same with the zone spelled out, for running text. */
export const utc = (seconds: number | null | undefined): string => (seconds === null || seconds === undefined ? '?' : `${utcShort(seconds)} UTC`);
