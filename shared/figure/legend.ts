import { CATEGORY_CLASSES } from '../category/category-classes';
import type { Caption, LegendItem, MeasureText, NodeStyle } from './types';

const MARKS: readonly { mark: NodeStyle | 'offchain'; label: string }[] = [
  ...CATEGORY_CLASSES.map((c) => ({ mark: c.key, label: c.label })),
  { mark: 'address', label: 'Address (no tag)' },
  { mark: 'cluster', label: 'Cluster' },
  { mark: 'tx', label: 'Transaction' },
  { mark: 'coinbase', label: 'Coinbase transaction' },
  { mark: 'fan', label: 'Folded siblings' },
  { mark: 'offchain', label: 'Off-chain link (dashed)' },
];

const MARK = 8;
const GAP = 3;
const SPACING = 10;

/**
 * The legend of the marks a figure uses, in rows across its width starting at `top`: each item a mark and its
 * text (a caption, so the overlap count covers it). Returns the height it took.
 */
export function layoutLegend(
  used: ReadonlySet<NodeStyle | 'offchain'>,
  left: number,
  top: number,
  width: number,
  size: number,
  measure: MeasureText,
): { items: LegendItem[]; captions: Caption[]; height: number } {
  const rowHeight = Math.max(MARK, size * 1.25) + 3;
  const items: LegendItem[] = [];
  const captions: Caption[] = [];
  let x = left;
  let y = top;
  for (const { mark, label } of MARKS.filter((m) => used.has(m.mark))) {
    const textWidth = measure(label, size, 'sans');
    const itemWidth = MARK + GAP + textWidth;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += rowHeight;
    }
    items.push({ mark, label, x: x + MARK / 2, y: y + rowHeight / 2 - 1.5 });
    captions.push({ owner: `legend:${mark}`, of: 'legend', lines: [label], size, font: 'sans', priority: Infinity, x: x + MARK + GAP, y: y + (rowHeight - 3 - size * 1.25) / 2, w: textWidth, h: size * 1.25 });
    x += itemWidth + SPACING;
  }
  return { items, captions, height: items.length === 0 ? 0 : y - top + rowHeight };
}
