import { classColor, type CategoryClass } from '../../../../shared/category/category-classes';
import type { Caption, LaidEdge, LaidFigure, LaidNode, NodeStyle } from '../../../../shared/figure/types';

/** Real font families (the PDF embeds DejaVu; a browser opening the SVG falls back to its own sans). */
export const FIGURE_FONTS = { sans: "'DejaVu Sans', Verdana, Arial, sans-serif", mono: "'DejaVu Sans Mono', Menlo, Consolas, monospace" } as const;

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number): string => (Math.round(v * 100) / 100).toString();

const INK = '#111827';
const EDGE = '#6b7280';
const OFFCHAIN = classColor('hash_rental_marketplace', 'light');
const MARKS: Partial<Record<NodeStyle, string>> = { address: '#ffffff', tx: '#4b5563', coinbase: '#1d4ed8', fan: '#e5e7eb', cluster: '#f3f4f6' };

const fillOf = (style: NodeStyle): string => MARKS[style] ?? classColor(style as CategoryClass, 'light');

function mark(style: NodeStyle | 'offchain', x: number, y: number, r: number, subject = false): string {
  const stroke = `stroke="${INK}" stroke-width="${subject ? 1.6 : 0.6}"`;
  if (style === 'offchain') return `<line x1="${n(x - r)}" y1="${n(y)}" x2="${n(x + r)}" y2="${n(y)}" stroke="${OFFCHAIN}" stroke-width="1.2" stroke-dasharray="2.5 1.5"/>`;
  const fill = `fill="${fillOf(style)}"`;
  if (style === 'tx') return `<rect x="${n(x - r * 0.8)}" y="${n(y - r * 0.8)}" width="${n(r * 1.6)}" height="${n(r * 1.6)}" rx="1" ${fill} ${stroke}/>`;
  if (style === 'coinbase') return `<polygon points="${n(x)},${n(y - r)} ${n(x + r)},${n(y)} ${n(x)},${n(y + r)} ${n(x - r)},${n(y)}" ${fill} ${stroke}/>`;
  if (style === 'fan') {
    return `<circle cx="${n(x + 2)}" cy="${n(y - 2)}" r="${n(r * 0.8)}" ${fill} stroke="${INK}" stroke-width="0.5"/>` +
      `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.8)}" ${fill} ${stroke}/>`;
  }
  if (style === 'cluster' || style === 'hash_rental_marketplace') {
    return `<rect x="${n(x - r)}" y="${n(y - r * 0.8)}" width="${n(2 * r)}" height="${n(r * 1.6)}" rx="${n(r * 0.5)}" ${fill} ${stroke}/>`;
  }
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${fill} ${stroke}/>`;
}

function edge(e: LaidEdge, from: LaidNode, to: LaidNode): string {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const start = { x: e.x1 + ux * (from.r + 1), y: e.y1 + uy * (from.r + 1) };
  const tip = { x: e.x2 - ux * (to.r + 1), y: e.y2 - uy * (to.r + 1) };
  const base = { x: tip.x - ux * 4.5, y: tip.y - uy * 4.5 };
  const colour = e.kind === 'offchain' ? OFFCHAIN : EDGE;
  const dash = e.kind === 'offchain' ? ' stroke-dasharray="3 2"' : '';
  return `<line x1="${n(start.x)}" y1="${n(start.y)}" x2="${n(base.x)}" y2="${n(base.y)}" stroke="${colour}" stroke-width="${e.kind === 'offchain' ? 1.1 : 0.7}"${dash}/>` +
    `<polygon points="${n(tip.x)},${n(tip.y)} ${n(base.x - uy * 2)},${n(base.y + ux * 2)} ${n(base.x + uy * 2)},${n(base.y - ux * 2)}" fill="${colour}"/>`;
}

/** A caption's lines as left-aligned text, on a white backing where it sits over lines (node and edge captions). */
function caption(c: Caption): string {
  const lh = c.size * 1.25;
  const family = c.font === 'mono' ? FIGURE_FONTS.mono : FIGURE_FONTS.sans;
  const weight = c.font === 'bold' ? ' font-weight="bold"' : '';
  const colour = c.of === 'edge' ? '#374151' : INK;
  const backing = c.of === 'node' || c.of === 'edge' ? `<rect x="${n(c.x - 0.5)}" y="${n(c.y)}" width="${n(c.w + 1)}" height="${n(c.h)}" fill="#ffffff" fill-opacity="0.85"/>` : '';
  const lines = c.lines
    .map((line, i) => `<text x="${n(c.x)}" y="${n(c.y + i * lh + c.size * 0.95)}" font-family="${family}"${weight} font-size="${c.size}" fill="${colour}">${esc(line)}</text>`)
    .join('');
  return backing + lines;
}

/** The laid-out path figure as a standalone SVG (also drawn into the PDF as vectors). Every text is XML-escaped. */
export function pathFigureSvg(figure: LaidFigure): string {
  const byId = new Map(figure.nodes.map((v) => [v.id, v]));
  const laneBottom = Math.max(0, ...figure.nodes.map((v) => v.y + v.r), ...figure.captions.filter((c) => c.of === 'node' || c.of === 'edge').map((c) => c.y + c.h)) + 2;
  const bands = figure.lanes
    .map((l, i) => (i % 2 === 0 ? `<rect x="${n(l.x)}" y="0" width="${n(l.width)}" height="${n(laneBottom)}" fill="#f3f4f6"/>` : ''))
    .join('');
  const edges = figure.edges
    .map((e) => {
      const a = byId.get(e.from);
      const b = byId.get(e.to);
      return a && b ? edge(e, a, b) : '';
    })
    .join('');
  const nodes = figure.nodes.map((v) => mark(v.style, v.x, v.y, v.r, v.subject)).join('');
  const legend = figure.legend.map((item) => mark(item.mark, item.x, item.y, 3.5)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(figure.width)}" height="${n(figure.height)}" viewBox="0 0 ${n(figure.width)} ${n(figure.height)}">` +
    `<rect x="0" y="0" width="${n(figure.width)}" height="${n(figure.height)}" fill="#ffffff"/>${bands}` +
    `<line x1="0" y1="${n(laneBottom)}" x2="${n(figure.width)}" y2="${n(laneBottom)}" stroke="#d1d5db" stroke-width="0.5"/>` +
    `${edges}${nodes}${legend}${figure.captions.map(caption).join('')}</svg>`;
}
