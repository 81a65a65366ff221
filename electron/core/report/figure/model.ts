/** A graph figure the engine draws: positions in any unit (rescaled to fit), labels already plain text. */
export interface FigureNode {
  id: string;
  kind: 'address' | 'tx';
  label: string;
  /** Second line: the strongest tag's label, or the view's custom label. */
  caption: string;
  x: number;
  y: number;
  style: LegendKey;
  color?: string;
}

export interface FigureEdge {
  from: string;
  to: string;
  label: string;
}

export interface Figure {
  nodes: FigureNode[];
  edges: FigureEdge[];
  /** Said under the figure, e.g. how many nodes were left out. */
  note: string;
  /** Positions are abstract layers (scaled per axis to fill the figure), not a saved view (scaled keeping its shape). */
  layered: boolean;
}

/** Node styles with their legend text; categories follow the GraphSense taxonomy plus hash_rental_marketplace. */
export const LEGEND = {
  tx: { fill: '#4b5563', label: 'transaction' },
  coinbase: { fill: '#1d4ed8', label: 'coinbase transaction' },
  address: { fill: '#ffffff', label: 'address (no tag)' },
  perpetrator: { fill: '#dc2626', label: 'perpetrator / sanctioned' },
  hash_rental: { fill: '#d97706', label: 'hash-rental marketplace' },
  mining_pool: { fill: '#2563eb', label: 'mining pool' },
  exchange: { fill: '#059669', label: 'exchange' },
  mixer: { fill: '#7c3aed', label: 'mixer' },
  tagged: { fill: '#9ca3af', label: 'other tag' },
} as const;
export type LegendKey = keyof typeof LEGEND;

/** Maps a tag category to a legend style; unknown categories are "other tag". */
export function styleForCategory(category: string | null): LegendKey {
  if (!category) return 'address';
  const c = category.toLowerCase();
  if (c === 'hash_rental_marketplace') return 'hash_rental';
  if (c.includes('mining') || c === 'miner') return 'mining_pool';
  if (c.includes('exchange')) return 'exchange';
  if (c.includes('mixing') || c.includes('mixer') || c.includes('coinjoin')) return 'mixer';
  if (/perpetrator|sanction|theft|hack|scam|ransom|terror/.test(c)) return 'perpetrator';
  return 'tagged';
}

/** A tag label cut to fit under a node (the tables carry it in full). */
export const shortCaption = (text: string): string => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

/** A long id shortened for a figure label (the tables carry it in full). */
export const shortId = (id: string): string => (id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id);
