import { LEGEND, type Figure, type FigureNode, type LegendKey } from './model';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number): string => (Math.round(v * 100) / 100).toString();

const NODE_R = 7;
const PAD = { left: 50, right: 50, top: 18, bottom: 34 };

/** Places nodes into the drawing area keeping the aspect ratio of the saved positions. */
function fit(nodes: FigureNode[], width: number, height: number): Map<string, { x: number; y: number }> {
  const xs = nodes.map((v) => v.x);
  const ys = nodes.map((v) => v.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = width - PAD.left - PAD.right;
  const h = height - PAD.top - PAD.bottom;
  const scale = Math.min(maxX > minX ? w / (maxX - minX) : Infinity, maxY > minY ? h / (maxY - minY) : Infinity);
  const s = Number.isFinite(scale) ? scale : 1;
  const offX = PAD.left + (w - (maxX - minX) * s) / 2;
  const offY = PAD.top + (h - (maxY - minY) * s) / 2;
  return new Map(nodes.map((v) => [v.id, { x: offX + (v.x - minX) * s, y: offY + (v.y - minY) * s }]));
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

function nodeShape(node: FigureNode, p: { x: number; y: number }): string {
  const fill = node.color ?? LEGEND[node.style].fill;
  const shape = node.kind === 'tx'
    ? `<rect x="${n(p.x - NODE_R)}" y="${n(p.y - NODE_R)}" width="${NODE_R * 2}" height="${NODE_R * 2}" rx="2" fill="${fill}" stroke="#111827" stroke-width="0.6"/>`
    : `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${NODE_R}" fill="${fill}" stroke="#111827" stroke-width="0.6"/>`;
  const caption = node.caption
    ? `<text x="${n(p.x)}" y="${n(p.y + NODE_R + 15)}" font-family="sans" font-size="5.5" fill="#374151" text-anchor="middle">${esc(node.caption)}</text>`
    : '';
  return `${shape}<text x="${n(p.x)}" y="${n(p.y + NODE_R + 8)}" font-family="mono" font-size="5.5" fill="#111827" text-anchor="middle">${esc(node.label)}</text>${caption}`;
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
      const item = `${mark}<text x="${x + 10}" y="${y + 2}" font-family="sans" font-size="6" fill="#111827">${esc(style.label)}</text>`;
      x += 14 + style.label.length * 3.4;
      return item;
    })
    .join('');
}

/** The figure as a standalone SVG (also embedded in the PDF as vectors). Every text goes through XML escaping. */
export function figureSvg(figure: Figure, width: number, height: number): string {
  const at = fit(figure.nodes, width, height);
  const edgeLabels = figure.edges.length <= 60;
  const edges = figure.edges
    .map((e) => {
      const a = at.get(e.from);
      const b = at.get(e.to);
      if (!a || !b) return '';
      const label = edgeLabels && e.label
        ? `<text x="${n((a.x + b.x) / 2)}" y="${n((a.y + b.y) / 2 - 2)}" font-family="mono" font-size="5" fill="#4b5563" text-anchor="middle">${esc(e.label)}</text>`
        : '';
      return arrow(a, b) + label;
    })
    .join('');
  const nodes = figure.nodes.map((v) => nodeShape(v, at.get(v.id) ?? { x: 0, y: 0 })).join('');
  const used = (Object.keys(LEGEND) as LegendKey[]).filter((k) => figure.nodes.some((v) => v.style === k));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" stroke="#d1d5db" stroke-width="0.5"/>` +
    `${edges}${nodes}${legend(used, height)}</svg>`;
}
