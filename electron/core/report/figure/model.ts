import { CATEGORY_CLASSES, categoryClass, type CategoryClass } from '../../../../shared/category/category-classes';

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
}

/** Node styles with their legend text: the ledger's marks, then the shared category classes in their light colours. */
export const LEGEND: Readonly<Record<LegendKey, { fill: string; label: string }>> = {
  tx: { fill: '#4b5563', label: 'transaction' },
  coinbase: { fill: '#1d4ed8', label: 'coinbase transaction' },
  address: { fill: '#ffffff', label: 'address (no tag)' },
  ...Object.fromEntries(CATEGORY_CLASSES.map((c) => [c.key, { fill: c.light, label: c.label }])),
} as Record<LegendKey, { fill: string; label: string }>;
export type LegendKey = 'tx' | 'coinbase' | 'address' | CategoryClass;

/** Maps a tag category to a legend style (no category: a plain address). */
export const styleForCategory = (category: string | null): LegendKey => (category ? categoryClass(category) : 'address');

/** A tag label cut to fit under a node (the tables carry it in full). */
export const shortCaption = (text: string): string => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

/** A long id shortened for a figure label (the tables carry it in full). */
export const shortId = (id: string): string => (id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id);
