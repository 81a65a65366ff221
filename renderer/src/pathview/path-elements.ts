import type { ElementDefinition } from 'cytoscape';
import { categoryClass } from '../../../shared/category/category-classes';
import { captionLines, dateText } from '../../../shared/figure/caption-text';
import { layoutFigure } from '../../../shared/figure/layout-figure';
import { roleMany } from '../../../shared/figure/roles';
import type { FigureInput, LaidFigure, LaidNode, MeasureText } from '../../../shared/figure/types';
import { clipCaption } from '../graph/captions/caption-text';
import { edgeAmountData } from '../graph/graph-elements';

/** The figure is laid out at print width (what the report draws) and drawn this many times larger on the canvas. */
export const FIGURE_WIDTH = 600;
export const CANVAS_SCALE = 2.2;
/** Nodes that exist only in a path view (lane titles, folded fans, rental services): no ledger identity. */
export const FIGURE_ONLY = 'figure-only';

/** Sans text widths as the figure module expects them (an over-estimate, so what fits in print fits here). */
const measure: MeasureText = (text, size, font) => [...text].length * size * (font === 'bold' ? 0.7 : 0.64);

/** The path figure of `input` laid out by the shared figure module (one layout for canvas and report). */
export const layPath = (input: FigureInput, expanded: ReadonlySet<string>): LaidFigure => layoutFigure(input, { width: FIGURE_WIDTH, measure, expanded });

/** The caption a node carries on the canvas: entity first (the figure's first line), a transaction's amount and date. */
function captionOf(n: LaidNode): string {
  if (n.folds) return `+${n.folds.length} ${roleMany(n.role)}`;
  if (!n.source) return n.id;
  const lines = captionLines(n.source);
  return n.kind === 'tx' ? lines.join(' · ') : clipCaption(lines[0] ?? n.id);
}

/**
 * A laid-out path figure as canvas elements at preset positions: its nodes (ledger ids, so they inspect and expand like
 * any node), fans and services (figure-only), the lane titles and edge labels (amount and date) where the figure placed
 * them, off-chain links dashed.
 */
export function pathElements(figure: LaidFigure): ElementDefinition[] {
  const at = (x: number, y: number) => ({ x: x * CANVAS_SCALE, y: y * CANVAS_SCALE });
  // Lane titles and edge labels stand where the figure placed them (clear of each other and of every node), as
  // text-only nodes as big as their text: the caption layer treats them as obstacles like any node.
  const texts: ElementDefinition[] = figure.captions
    .filter((c) => c.of === 'lane' || c.of === 'edge')
    .map((c) => ({
      group: 'nodes',
      data: { id: `${c.of}-text:${c.owner}`, text: c.lines.join('\n'), textSize: c.size * CANVAS_SCALE, w: c.w * CANVAS_SCALE, h: c.h * CANVAS_SCALE },
      position: at(c.x + c.w / 2, c.y + c.h / 2),
      classes: `${FIGURE_ONLY} figure-text ${c.of === 'lane' ? 'lane-title' : 'edge-text'}`,
      selectable: false,
      grabbable: false,
    }));
  const nodes: ElementDefinition[] = figure.nodes.map((n) => {
    const s = n.source;
    const kind = n.kind === 'fan' ? 'fan' : n.kind;
    const ledger = kind === 'address' || kind === 'tx';
    const category = s?.category ?? null;
    const classes = [ledger ? kind : `${FIGURE_ONLY} ${kind}`, s?.coinbase ? 'coinbase' : '', category || s?.label ? 'tagged' : '', n.subject ? 'subject' : ''];
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: captionOf(n),
        kind,
        category: category ?? '',
        legend: categoryClass(category),
        time: s?.time ?? null,
        role: n.role,
        ...(n.folds ? { folds: n.folds } : {}),
      },
      position: at(n.x, n.y),
      classes: classes.filter(Boolean).join(' '),
    };
  });
  const edges: ElementDefinition[] = figure.edges.map((e, i) => {
    const chain = figure.nodes.find((n) => n.id === e.from)?.source?.chain ?? 'BTC';
    const id = `path:${i}:${e.from}>${e.to}`;
    if (e.kind === 'offchain') {
      return { group: 'edges', data: { id, source: e.from, target: e.to, amount: `off-chain: ${e.reference ?? 'link'}` }, classes: 'offchain path-edge' };
    }
    return { group: 'edges', data: { id, source: e.from, target: e.to, ...edgeAmountData(e.amount ?? '0', chain), when: dateText(e.time) }, classes: 'path-edge' };
  });
  return [...texts, ...nodes, ...edges];
}
