/** A box in screen pixels. */
export interface Box { x1: number; y1: number; x2: number; y2: number }

export type CaptionSide = 'below' | 'above' | 'right' | 'left';
/** Where a caption is tried, in order: under its node reads best, then above, then beside. */
export const SIDES: readonly CaptionSide[] = ['below', 'above', 'right', 'left'];

export interface CaptionCandidate {
  id: string;
  /** The node's centre and half size on screen. */
  x: number;
  y: number;
  halfW: number;
  halfH: number;
  /** The caption's width on screen (its height is the options' `height`). */
  width: number;
  /** Higher wins a contested place. */
  priority: number;
}

export interface CaptionPlacement { id: string; side: CaptionSide; box: Box }

export interface PlaceOptions {
  /** Caption height on screen. */
  height: number;
  /** Space between a node and its caption. */
  gap: number;
  /** Space kept clear around every caption (other captions and nodes stay this far away). */
  margin: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The caption's box on one side of its node. */
export function captionBox(c: CaptionCandidate, side: CaptionSide, { height, gap }: Pick<PlaceOptions, 'height' | 'gap'>): Box {
  switch (side) {
    case 'below':
      return { x1: c.x - c.width / 2, x2: c.x + c.width / 2, y1: c.y + c.halfH + gap, y2: c.y + c.halfH + gap + height };
    case 'above':
      return { x1: c.x - c.width / 2, x2: c.x + c.width / 2, y1: c.y - c.halfH - gap - height, y2: c.y - c.halfH - gap };
    case 'right':
      return { x1: c.x + c.halfW + gap, x2: c.x + c.halfW + gap + c.width, y1: c.y - height / 2, y2: c.y + height / 2 };
    case 'left':
      return { x1: c.x - c.halfW - gap - c.width, x2: c.x - c.halfW - gap, y1: c.y - height / 2, y2: c.y + height / 2 };
  }
}

/** Boxes bucketed in a uniform grid: a query looks only at the cells a box touches. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / this.size); i <= Math.floor(b.x2 / this.size); i++)
      for (let j = Math.floor(b.y1 / this.size); j <= Math.floor(b.y2 / this.size); j++) keys.push(`${i},${j}`);
    return keys;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b)) ?? false);
  }
}

/**
 * Places captions greedily, most important first: each takes the first side whose box (grown by `margin`) touches no
 * node, no obstacle (text drawn elsewhere) and no caption placed before it; a caption with no free side is left out (shown on hover, or once zoomed in).
 * Ties in priority go to the lower id, so the same graph always gets the same captions.
 */
export function placeCaptions(candidates: readonly CaptionCandidate[], options: PlaceOptions, obstacles: readonly Box[] = []): CaptionPlacement[] {
  const grid = new BoxGrid(Math.max(32, options.height * 4));
  for (const c of candidates) grid.add({ x1: c.x - c.halfW, y1: c.y - c.halfH, x2: c.x + c.halfW, y2: c.y + c.halfH });
  for (const o of obstacles) grid.add(o);
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: CaptionPlacement[] = [];
  const m = options.margin;
  for (const c of order) {
    for (const side of SIDES) {
      const box = captionBox(c, side, options);
      const grown = { x1: box.x1 - m, y1: box.y1 - m, x2: box.x2 + m, y2: box.y2 + m };
      if (grid.hits(grown)) continue;
      grid.add(box);
      placed.push({ id: c.id, side, box });
      break;
    }
  }
  return placed;
}

/** How many pairs of boxes overlap (the legibility measure: 0 is the target). */
export function countOverlaps(boxes: readonly Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) n++;
  return n;
}
