import { parseNodeId, type GraphNode } from '../../../../shared/domain/graph';
import { formatAmount } from '../../ui/format';

/** Longest caption drawn; longer tag labels end in "…" (the hover card and inspector show them whole). */
export const CAPTION_MAX = 26;

/** An address as investigators quote it: the first 7 and last 6 characters ("bc1qgmm…e8rnkw"). */
export const shortAddress = (address: string): string => (address.length <= 15 ? address : `${address.slice(0, 7)}…${address.slice(-6)}`);

export const clipCaption = (text: string): string => (text.length <= CAPTION_MAX ? text : `${text.slice(0, CAPTION_MAX - 1).trimEnd()}…`);

/** An amount to read at a glance: at most 4 decimals, no trailing zeros ("3.3961 BTC"); tiny amounts keep their digits. */
export function compactAmount(value: string, chain: string): string {
  const full = formatAmount(value, chain);
  const [whole, fraction = ''] = full.split('.');
  const short = fraction.slice(0, 4).replace(/0+$/, '');
  const shown = short === '' && /[1-9]/.test(fraction) ? `${whole}.${fraction.replace(/0+$/, '')}` : short ? `${whole}.${short}` : whole;
  return `${shown} ${chain}`;
}

const day = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * A node's caption, entity first: an address's tag or cluster label, else its short form; a transaction's amount and
 * date (never a txid fragment: nobody reads those).
 */
export function captionOf(node: Pick<GraphNode, 'id' | 'kind' | 'label' | 'tag' | 'value' | 'time' | 'isCoinbase'>): string {
  const chain = parseNodeId(node.id)?.chain ?? 'BTC';
  if (node.kind === 'address') return node.tag ? clipCaption(node.tag) : shortAddress(node.label);
  const parts = [node.isCoinbase ? 'coinbase' : '', node.value !== undefined ? compactAmount(node.value, chain) : '', node.time !== null ? day(node.time) : ''];
  return parts.filter(Boolean).join(' · ') || node.label;
}
