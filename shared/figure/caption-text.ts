import { CHAIN_DECIMALS, formatBaseUnits } from '../amount';
import type { FigureInputNode, MeasureText, TextFont } from './types';

/** A long address or txid as people say it: the first 7 and last 6 characters (`bc1qgmm…e8rnkw`). */
export const shortKey = (key: string): string => (key.length > 16 ? `${key.slice(0, 7)}…${key.slice(-6)}` : key);
/** The same, shorter where room is scarce (`bc1qgm…rnkw`, then `bc1q…rnkw`). */
const shorterKeys = (key: string): string[] => (key.length > 12 ? [`${key.slice(0, 6)}…${key.slice(-4)}`, `${key.slice(0, 4)}…${key.slice(-4)}`] : [key]);

/** An amount with its unit; beyond 8 decimals (wei) cut to 8 with "~" (the tables carry it exactly). */
export function amountText(value: string | bigint | null, chain: string): string {
  if (value === null || value === '') return '';
  const text = formatBaseUnits(typeof value === 'bigint' ? value : BigInt(value), CHAIN_DECIMALS[chain] ?? 8);
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length <= 8) return `${text} ${chain}`;
  return `~${whole}.${fraction.slice(0, 8).replace(/0+$/, '') || '0'} ${chain}`;
}

/** A block time as a UTC date (`2023-06-08`); with `clock`, also the hour (`2023-06-08 05:00`). */
export const dateText = (seconds: number | null, clock = false): string =>
  seconds === null ? '' : new Date(seconds * 1000).toISOString().slice(0, clock ? 16 : 10).replace('T', ' ');

/**
 * A node's caption, entity first: the tag or actor label (else the short address); transactions say amount and date,
 * not a txid fragment; clusters and services their name.
 */
export function captionLines(node: FigureInputNode, fits: (text: string) => boolean = () => true): string[] {
  const short = (key: string): string => {
    const tiers = [shortKey(key), ...shorterKeys(key)];
    return tiers.find(fits) ?? tiers.at(-1) ?? key;
  };
  if (node.kind === 'tx') {
    const head = node.label ?? (node.coinbase ? 'Coinbase' : amountText(node.amount, node.chain) || short(node.key));
    return [head, node.label || node.coinbase ? amountText(node.amount, node.chain) : '', dateText(node.time)].filter(Boolean);
  }
  if (node.kind === 'cluster') return [node.label ?? `Cluster ${node.key}`];
  if (node.kind === 'service') return [node.label ?? node.key];
  return node.label ? [node.label, short(node.key)] : [short(node.key)];
}

/** Words wrapped into lines no wider than `width`; a word longer than a line is cut with an ellipsis. */
export function wrapText(text: string, width: number, size: number, font: TextFont, measure: MeasureText, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, font) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => fitText(l, width, size, font, measure));
  if (lines.length > maxLines) kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}…`, width, size, font, measure, true);
  return kept;
}

/** The text cut with an ellipsis until it fits `width` (`force`: it already ends in one). */
export function fitText(text: string, width: number, size: number, font: TextFont, measure: MeasureText, force = false): string {
  if (!force && measure(text, size, font) <= width) return text;
  let cut = text.replace(/…$/, '');
  while (cut.length > 1 && measure(`${cut}…`, size, font) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
