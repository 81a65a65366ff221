import type { CategoryClass } from '../category/category-classes';

/**
 * The shared figure model (DESIGN 6a): what the engine hands over for a finding or a trace, and the laid-out figure
 * both renderers draw (the canvas through cytoscape, the report as vector graphics). Pure data: no DOM, no Node.
 */

/** Where a node stands in the laundering path; each role is one lane, left to right in ROLE_ORDER. */
export type Role =
  | 'source'
  | 'perpetrator'
  | 'rental_deposit'
  | 'rental_service'
  | 'coinbase'
  | 'payout'
  | 'commingled'
  | 'spend'
  | 'destination';

export type NodeKind = 'address' | 'tx' | 'cluster' | 'service' | 'fan';

export interface FigureInputNode {
  /** Stable id (shared/domain/graph nodeId for addresses and transactions). */
  id: string;
  kind: Exclude<NodeKind, 'fan'>;
  role: Role;
  chain: string;
  /** The full address, txid, cluster number or service name (captions shorten it; tables print it whole). */
  key: string;
  /** The tag or actor label that names the entity, if any. */
  label: string | null;
  /** Where the label comes from (TagPack, pool list, analyst), for tables and hover. */
  labelSource: string | null;
  /** The named entity behind the node, if known: the pool of a coinbase or payout, a service, a tag's actor. */
  entity?: string | null;
  category: string | null;
  /** Base units as a decimal string: a transaction's value on the path, an address's received amount. */
  amount: string | null;
  /** Unix seconds (a transaction's block time; an address's first receipt on the path). */
  time: number | null;
  /** A subject of the finding: always drawn on its own, never folded. */
  subject: boolean;
  degree: number;
  coinbase?: boolean;
  selected?: boolean;
  pinned?: boolean;
}

export interface FigureFlow {
  from: string;
  to: string;
  /** Base units as a decimal string. */
  amount: string | null;
  time: number | null;
  kind: 'ledger' | 'offchain';
  /** For off-chain links: the order or subpoena reference that justifies the link. */
  reference?: string | null;
}

export interface FigureInput {
  nodes: FigureInputNode[];
  flows: FigureFlow[];
}

export type TextFont = 'sans' | 'bold' | 'mono';
/** Width of `text` set in `font` at `size` (same unit as the figure, points in print). */
export type MeasureText = (text: string, size: number, font: TextFont) => number;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a node is drawn: a category class (colour from the shared table), or a ledger mark. */
export type NodeStyle = CategoryClass | 'address' | 'tx' | 'coinbase' | 'fan' | 'cluster';

export interface LaidNode {
  id: string;
  kind: NodeKind;
  role: Role;
  style: NodeStyle;
  x: number;
  y: number;
  /** Half the mark's size. */
  r: number;
  subject: boolean;
  /** A fan: the ids it folds (expand on demand), and the total they received or sent. */
  folds?: string[];
  /** The input node this was made from (absent for fans). */
  source?: FigureInputNode;
}

export interface LaidEdge {
  from: string;
  to: string;
  kind: 'ledger' | 'offchain';
  /** Base units summed over the flows drawn as this edge (folded fans add up). */
  amount: string | null;
  time: number | null;
  reference: string | null;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A placed caption: its lines, the box they fill (top-left, size), and whose it is. */
export interface Caption extends Box {
  owner: string;
  of: 'node' | 'edge' | 'lane' | 'legend';
  lines: string[];
  size: number;
  font: TextFont;
  /** Higher wins a contested place. */
  priority: number;
}

export interface LegendItem {
  mark: NodeStyle | 'offchain';
  label: string;
  x: number;
  y: number;
}

export interface LaidFigure {
  width: number;
  height: number;
  lanes: { role: Role; title: string; x: number; width: number }[];
  nodes: LaidNode[];
  edges: LaidEdge[];
  /** Every caption drawn (node, edge, lane title, legend text); none overlaps another. */
  captions: Caption[];
  /** Node and edge captions that lost their place (shown on hover or zoom). */
  hidden: string[];
  legend: LegendItem[];
}
