import { FIGURE_FONTS } from './path-svg';
import { LEGEND, type Figure, type FigureNode, type LegendKey } from './model';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number): string => (Math.round(v * 100) / 100).toString();

const NODE_R = 7;
const PAD = { left: 70, right: 70, top: 18, bottom: 46 };

/** Places a saved view's nodes into the drawing area, keeping its aspect ratio. */
function fit(figure: Figure, width: number, height: number): Map<string, { x: number; y: number }> {
  const xs = figure.nodes.map((v) => v.x);
  const ys = figure.nodes.map((v) => v.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  let sx = maxX > minX ? w / (maxX - minX) : Infinity;
  let sy = maxY > minY ? h / (maxY - minY) : Infinity;
  sx = sy = Math.min(sx, sy);
  if (!Number.isFinite(sx)) sx = Number.isFinite(sy) ? sy : 1;
  if (!Number.isFinite(sy)) sy = sx;
  const offX = PAD.left + (w - (maxX - minX) * sx) / 2;
  const offY = PAD.top + (h - (maxY - minY) * sy) / 2;
  return new Map(figure.nodes.map((v) => [v.id, { x: offX + (v.x - minX) * sx, y: offY + (v.y - minY) * sy }]));
}

function arrow(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const tip = { x: to.x - ux * (NODE_R + 1), y: to.y - uy * (NODE_R + 1) };
  const base = { x: tip.x - ux * 6, y: tip.y - uy * 6 };
  const left = `${n(base.x - uy * 2.5)},${n(base.y + ux * 2.5)}`;
  const right = `${n(base.x + uy * 2.5)},${n(base.y - ux * 2.5)}`;
  return `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(base.x)}" y2="${n(base.y)}" stroke="#6b7280" stroke-width="0.7"/>` +
    `<polygon points="${n(tip.x)},${n(tip.y)} ${left} ${right}" fill="#6b7280"/>`;
}

/** Labels shrink when columns are closer than a full label is wide. */
const compact = (label: string): string => (label.length > 11 ? `${label.slice(0, 6)}…${label.slice(-4)}` : label);

function nodeShape(node: FigureNode, p: { x: number; y: number }, dense: boolean): string {
  const fill = node.color ?? LEGEND[node.style].fill;
  const shape = node.kind === 'tx'
    ? `<rect x="${n(p.x - NODE_R)}" y="${n(p.y - NODE_R)}" width="${NODE_R * 2}" height="${NODE_R * 2}" rx="2" fill="${fill}" stroke="#111827" stroke-width="0.6"/>`
    : `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${NODE_R}" fill="${fill}" stroke="#111827" stroke-width="0.6"/>`;
  const text = dense && node.caption.length > 14 ? `${node.caption.slice(0, 13)}…` : node.caption;
  const caption = text
    ? `<text x="${n(p.x)}" y="${n(p.y + NODE_R + 15)}" font-family="${FIGURE_FONTS.sans}" font-size="5.5" fill="#374151" text-anchor="middle">${esc(text)}</text>`
    : '';
  return `${shape}<text x="${n(p.x)}" y="${n(p.y + NODE_R + 8)}" font-family="${FIGURE_FONTS.mono}" font-size="5.5" fill="#111827" text-anchor="middle">${esc(dense ? compact(node.label) : node.label)}</text>${caption}`;
}

function legend(keys: LegendKey[], height: number): string {
  let x = 4;
  const y = height - 8;
  return keys
    .map((key) => {
      const style = LEGEND[key];
      const mark = key === 'tx' || key === 'coinbase'
        ? `<rect x="${x}" y="${y - 4}" width="7" height="7" rx="1" fill="${style.fill}" stroke="#111827" stroke-width="0.5"/>`
        : `<circle cx="${x + 3.5}" cy="${y - 0.5}" r="3.5" fill="${style.fill}" stroke="#111827" stroke-width="0.5"/>`;
      const item = `${mark}<text x="${x + 10}" y="${y + 2}" font-family="${FIGURE_FONTS.sans}" font-size="6" fill="#111827">${esc(style.label)}</text>`;
      x += 14 + style.label.length * 3.4;
      return item;
    })
    .join('');
}

/** The figure as a standalone SVG (also embedded in the PDF as vectors). Every text goes through XML escaping. */
export function figureSvg(figure: Figure, width: number, height: number): string {
  const at = fit(figure, width, height);
  const columns = new Set([...at.values()].map((p) => Math.round(p.x))).size;
  const dense = columns > 1 && (width - PAD.left - PAD.right) / (columns - 1) < 55;
  const edgeLabels = figure.edges.length <= 30 && !dense;
  const edges = figure.edges
    .map((e) => {
      const a = at.get(e.from);
      const b = at.get(e.to);
      if (!a || !b) return '';
      const label = edgeLabels && e.label
        ? `<text x="${n((a.x + b.x) / 2)}" y="${n((a.y + b.y) / 2 - 2)}" font-family="${FIGURE_FONTS.mono}" font-size="5" fill="#4b5563" text-anchor="middle">${esc(e.label)}</text>`
        : '';
      return arrow(a, b) + label;
    })
    .join('');
  const nodes = figure.nodes.map((v) => nodeShape(v, at.get(v.id) ?? { x: 0, y: 0 }, dense)).join('');
  const used = (Object.keys(LEGEND) as LegendKey[]).filter((k) => figure.nodes.some((v) => v.style === k));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" stroke="#d1d5db" stroke-width="0.5"/>` +
    `${edges}${nodes}${legend(used, height)}</svg>`;
}
