import { CHAIN_DECIMALS } from '../../../shared/amount';

/** Base units -> decimal with every digit of the chain's precision ("50.00000000"), whole part grouped. */
export function formatAmount(value: string, chain: string): string {
  const decimals = CHAIN_DECIMALS[chain] ?? 8;
  const v = BigInt(value);
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${digits.slice(digits.length - decimals)}`;
}

export const formatUnix = (seconds: number | null): string =>
  seconds === null ? '—' : new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.000Z$/, ' UTC');

export const formatIso = (iso: string): string => iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** Long identifiers shortened for canvas labels: head…tail. */
export const shorten = (text: string, head = 8, tail = 6): string =>
  text.length <= head + tail + 1 ? text : `${text.slice(0, head)}…${text.slice(-tail)}`;
