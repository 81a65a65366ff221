import { categoryClass } from '../category/category-classes';
import { amountText, captionLines, dateText, fitText, wrapText } from './caption-text';
import { laneDepths } from './columns';
import { foldFans, type FoldedNode } from './fans';
import { orderLanes } from './lane-order';
import { layoutLegend } from './legend';
import { placeCaptions, type CaptionRequest } from './place-captions';
import { roleMany, ROLES, roleTitle } from './roles';
import type { Box, Caption, FigureFlow, FigureInput, LaidEdge, LaidFigure, LaidNode, MeasureText, NodeStyle, Role } from './types';

export interface FigureOptions {
  /** Drawing width (points in print, model pixels on the canvas). */
  width: number;
  measure: MeasureText;
  /** Lanes taller than this squeeze their rows; captions that then collide give way by priority. */
  maxHeight?: number;
  /** Fans the viewer opened (fan ids): drawn as their members. */
  expanded?: ReadonlySet<string>;
}

/** Type sizes (points in print): none below 6, the smallest the report allows. */
export const FIGURE_TYPE = { caption: 6.2, edge: 6, title: 6.8, legend: 6.2 } as const;
const LINE = 1.25;
const NODE_R = 5;
const FAN_R = 6.5;
// Room between rows for the labels of the edges that leave them.
const ROW_GAP = 19;
const MARGIN = 4;
const LANE_EXTRA = 0.25;

const lineHeight = (size: number): number => size * LINE;

function styleOf(n: FoldedNode): NodeStyle {
  if (n.kind === 'fan') return 'fan';
  if (n.kind === 'tx') return n.coinbase ? 'coinbase' : 'tx';
  if (!n.category) return n.kind === 'cluster' ? 'cluster' : 'address';
  return categoryClass(n.category);
}

/** Caption priority: tagged > finding subject > selected or pinned > degree; fans sit between subjects and the rest. */
function priorityOf(n: FoldedNode): number {
  if (n.kind === 'fan') return 13.5;
  return 10 + (n.label ? 8 : 0) + (n.subject ? 4 : 0) + (n.selected || n.pinned ? 2 : 0) + Math.min(n.degree, 99) / 100;
}

/** Flows between the same two nodes of the same kind are drawn once, with their amounts summed. */
function mergeFlows(flows: FigureFlow[]): FigureFlow[] {
  const merged = new Map<string, FigureFlow>();
  for (const f of flows) {
    const key = `${f.kind}|${f.from}|${f.to}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...f });
    else {
      seen.amount = seen.amount === null || f.amount === null ? (seen.amount ?? f.amount) : (BigInt(seen.amount) + BigInt(f.amount)).toString();
      seen.time = seen.time === null ? f.time : f.time === null ? seen.time : Math.min(seen.time, f.time);
      seen.reference = seen.reference ?? f.reference ?? null;
    }
  }
  return [...merged.values()];
}

/** An off-chain service's order or subpoena references: said under the service, since its dashed links carry no text. */
const references = (id: string, flows: FigureFlow[]): string[] =>
  [...new Set(flows.filter((f) => f.kind === 'offchain' && (f.from === id || f.to === id) && f.reference).map((f) => f.reference as string))].slice(0, 2);

/**
 * Lays a finding's or trace's path out as a figure: role lanes left to right with titles, sibling fans folded,
 * entity-first captions placed without overlaps (the less important ones hidden), edge labels with amount and date,
 * and a legend. Deterministic: the same input gives the same figure.
 */
export function layoutFigure(input: FigureInput, options: FigureOptions): LaidFigure {
  const { width, measure } = options;
  const folded = foldFans(input, options.expanded);
  const flows = mergeFlows(folded.flows.filter((f) => f.from !== f.to));
  const lanes: Role[] = ROLES.map((r) => r.role).filter((role) => folded.nodes.some((n) => n.role === role));
  // Columns: each lane's sub-columns in order; a lane is as wide as its columns.
  const depth = laneDepths(folded.nodes, flows);
  const laneColumns = lanes.map((role) => 1 + Math.max(0, ...folded.nodes.filter((n) => n.role === role).map((n) => depth.get(n.id) ?? 0)));
  const columnCount = laneColumns.reduce((a, b) => a + b, 0);
  // A lane is as wide as its columns plus a little: one-column lanes (the wallet, the service) keep room for their titles.
  const shares = laneColumns.map((c) => c + LANE_EXTRA);
  const unit = width / Math.max(1, shares.reduce((a, b) => a + b, 0));
  const laneX = (i: number): number => shares.slice(0, i).reduce((a, b) => a + b, 0) * unit;
  const laneW = (i: number): number => (shares[i] ?? 1) * unit;
  const firstColumn = laneColumns.map((_, i) => laneColumns.slice(0, i).reduce((a, b) => a + b, 0));
  const laneOfColumn = (c: number): number => Math.max(0, firstColumn.findLastIndex((f) => f <= c));
  const columnOf = (n: FoldedNode): number => (firstColumn[lanes.indexOf(n.role)] ?? 0) + (depth.get(n.id) ?? 0);
  const columnWidthOf = (c: number): number => laneW(laneOfColumn(c)) / (laneColumns[laneOfColumn(c)] ?? 1);
  const columnX = (c: number): number => laneX(laneOfColumn(c)) + (c - (firstColumn[laneOfColumn(c)] ?? 0) + 0.5) * columnWidthOf(c);
  // A caption stays within its column, so captions of neighbouring columns never meet.
  const textWidthOf = (n: FoldedNode): number => columnWidthOf(columnOf(n)) - 4;
  const textWidth = Math.min(...Array.from({ length: columnCount }, (_, c) => columnWidthOf(c) - 4));

  // Lane titles: wrapped to their lane, always drawn.
  const titleSize = FIGURE_TYPE.title;
  const titleLines = lanes.map((role, i) => wrapText(roleTitle(role), laneW(i) - 4, titleSize, 'bold', measure, 3));
  const titleHeight = Math.max(0, ...titleLines.map((l) => l.length)) * lineHeight(titleSize) + 6;
  const titles: Caption[] = lanes.map((role, i) => {
    const lines = titleLines[i] ?? [];
    const w = Math.max(...lines.map((l) => measure(l, titleSize, 'bold')));
    return { owner: `lane:${role}`, of: 'lane', lines, size: titleSize, font: 'bold', priority: Infinity, x: laneX(i) + laneW(i) / 2 - w / 2, y: MARGIN, w, h: lines.length * lineHeight(titleSize) };
  });

  // Captions' text, fitted to the lane's width.
  const size = FIGURE_TYPE.caption;
  const text = new Map<string, string[]>();
  for (const n of folded.nodes) {
    const textWidth = textWidthOf(n);
    const raw = n.kind === 'fan' ? [`+${n.folds.length} ${roleMany(n.role)}`, amountText(n.amount, n.chain)] : captionLines(n, (t) => measure(t, size, 'sans') <= textWidth);
    const [head = '', ...rest] = raw.filter(Boolean);
    const notes = n.kind === 'service' ? references(n.id, flows).flatMap((r) => wrapText(r, textWidth, size, 'sans', measure, 2)) : [];
    text.set(n.id, [...wrapText(head, textWidth, size, 'sans', measure, 3), ...rest.flatMap((l) => wrapText(l, textWidth, size, 'sans', measure, 2)), ...notes]);
  }
  const radius = (n: FoldedNode): number => (n.kind === 'fan' ? FAN_R : NODE_R);
  const slot = (n: FoldedNode): number => 2 * radius(n) + 2 + (text.get(n.id)?.length ?? 0) * lineHeight(size) + ROW_GAP;

  // The legend goes under the lanes; its height is known before the lanes are sized.
  const used = new Set<NodeStyle | 'offchain'>(folded.nodes.map(styleOf));
  if (flows.some((f) => f.kind === 'offchain')) used.add('offchain');
  const probe = layoutLegend(used, MARGIN, 0, width - 2 * MARGIN, FIGURE_TYPE.legend, measure);

  const columns = Array.from({ length: columnCount }, (_, c) => c);
  const ordered = orderLanes(columns, folded.nodes, flows, columnOf);
  const natural = Math.max(0, ...columns.map((c) => (ordered.get(c) ?? []).reduce((h, n) => h + slot(n), 0)));
  const maxHeight = options.maxHeight ?? Infinity;
  const room = Math.max(40, maxHeight - titleHeight - probe.height - 3 * MARGIN);
  const laneHeight = Math.min(natural, room);
  const squeeze = natural > 0 ? laneHeight / natural : 1;
  const top = titleHeight + MARGIN;

  const nodes: LaidNode[] = [];
  const at = new Map<string, LaidNode>();
  columns.forEach((c) => {
    const list = ordered.get(c) ?? [];
    const used = list.reduce((h, n) => h + slot(n) * squeeze, 0);
    let y = top + (laneHeight - used) / 2;
    for (const n of list) {
      const r = radius(n);
      const laid: LaidNode = {
        id: n.id, kind: n.kind, role: n.role, style: styleOf(n), x: columnX(c), y: y + r, r,
        subject: n.kind !== 'fan' && n.subject,
        ...(n.kind === 'fan' ? { folds: n.folds } : { source: n }),
      };
      nodes.push(laid);
      at.set(n.id, laid);
      y += slot(n) * squeeze;
    }
  });

  const edges: LaidEdge[] = flows.flatMap((f) => {
    const a = at.get(f.from);
    const b = at.get(f.to);
    return a && b ? [{ from: f.from, to: f.to, kind: f.kind, amount: f.amount, time: f.time, reference: f.reference ?? null, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });

  const legendTop = top + laneHeight + MARGIN;
  const legend = layoutLegend(used, MARGIN, legendTop, width - 2 * MARGIN, FIGURE_TYPE.legend, measure);
  const height = legendTop + legend.height + MARGIN;

  const requests: CaptionRequest[] = [
    ...folded.nodes.map((n) => nodeCaption(n, at.get(n.id) as LaidNode, text.get(n.id) ?? [], measure)),
    ...edges.map((e) => edgeCaption(e, at, textWidth, measure)).filter((r): r is CaptionRequest => r !== null),
  ];
  const marks: Box[] = nodes.map((n) => ({ x: n.x - n.r - 1, y: n.y - n.r - 1, w: 2 * n.r + 2, h: 2 * n.r + 2 }));
  const fixed = [...titles, ...legend.captions];
  const { placed, hidden } = placeCaptions(requests, [...marks, ...fixed], { x: 0, y: top - 2, w: width, h: legendTop - top + 2 });
  return {
    width,
    height,
    lanes: lanes.map((role, i) => ({ role, title: roleTitle(role), x: laneX(i), width: laneW(i) })),
    nodes,
    edges,
    captions: [...fixed, ...placed],
    hidden,
    legend: legend.items,
  };
}

function nodeCaption(n: FoldedNode, laid: LaidNode, lines: string[], measure: MeasureText): CaptionRequest {
  const size = FIGURE_TYPE.caption;
  const w = Math.max(0, ...lines.map((l) => measure(l, size, 'sans')));
  const h = lines.length * lineHeight(size);
  const { x, y, r } = laid;
  return {
    owner: n.id, of: 'node', lines, size, font: 'sans', priority: priorityOf(n),
    candidates: [
      { x: x - w / 2, y: y + r + 1.5, w, h },
      { x: x - w / 2, y: y - r - 1.5 - h, w, h },
      { x: x + r + 2, y: y - h / 2, w, h },
      { x: x - r - 2 - w, y: y - h / 2, w, h },
    ],
  };
}

/**
 * A ledger edge's label, amount and date, tried along the edge, on it and just above it. Off-chain links carry none:
 * their references stand under the service they lead to.
 */
function edgeCaption(e: LaidEdge, at: Map<string, LaidNode>, maxWidth: number, measure: MeasureText): CaptionRequest | null {
  const size = FIGURE_TYPE.edge;
  const chain = at.get(e.from)?.source?.chain ?? at.get(e.to)?.source?.chain ?? 'BTC';
  // An amount is never cut: where "1.13264785 BTC" is too wide it breaks before its unit.
  const amount = amountText(e.amount, chain);
  const date = dateText(e.time);
  const lines = e.kind === 'offchain' ? [] : [...(amount ? wrapText(amount, maxWidth, size, 'sans', measure, 2) : []), ...(date ? [fitText(date, maxWidth, size, 'sans', measure)] : [])];
  if (lines.length === 0) return null;
  const w = Math.max(...lines.map((l) => measure(l, size, 'sans')));
  const h = lines.length * lineHeight(size);
  const subject = !!(at.get(e.from)?.subject || at.get(e.to)?.subject);
  return {
    owner: `edge:${e.from}->${e.to}`, of: 'edge', lines, size, font: 'sans',
    priority: 1 + (subject ? 1 : 0),
    candidates: [0.5, 0.4, 0.6, 0.3, 0.7].flatMap((t) => {
      const cx = e.x1 + (e.x2 - e.x1) * t;
      const cy = e.y1 + (e.y2 - e.y1) * t;
      return [{ x: cx - w / 2, y: cy - h - 1, w, h }, { x: cx - w / 2, y: cy - h / 2, w, h }];
    }),
  };
}
