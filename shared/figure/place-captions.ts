import type { Box, Caption } from './types';

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Something that wants a place for its text: its candidate boxes, best first. */
export interface PlacementRequest {
  owner: string;
  /** Higher wins a contested place. */
  priority: number;
  candidates: readonly Box[];
}

export interface Placement<R extends PlacementRequest> {
  request: R;
  box: Box;
  /** Which of the request's candidates it got. */
  candidate: number;
}

/** Boxes bucketed in a uniform grid: a query looks only at the cells a box touches (thousands of captions on a canvas). */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x / this.size); i <= Math.floor((b.x + b.w) / this.size); i++)
      for (let j = Math.floor(b.y / this.size); j <= Math.floor((b.y + b.h) / this.size); j++) keys.push(`${i},${j}`);
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

export interface PlacementOptions {
  /** Every placed box stays inside. */
  bounds?: Box;
  /** Space kept clear around each placed box (other boxes and obstacles stay this far away). */
  margin?: number;
  /** Grid cell size: about the size of a typical box. */
  cell?: number;
}

/**
 * Greedy label placement, the one placer of the canvas captions and the exhibit's figures: the most important request
 * first takes its first candidate that (grown by the margin) overlaps no obstacle and nothing placed before it; a
 * request with no free candidate is hidden. Ties go to the lower owner by code unit (the same in every runtime, unlike
 * a locale compare), so the same input always gets the same captions.
 */
export function placeGreedy<R extends PlacementRequest>(
  requests: readonly R[],
  obstacles: readonly Box[],
  options: PlacementOptions = {},
): { placed: Placement<R>[]; hidden: string[] } {
  const { bounds, margin = 0 } = options;
  const grid = new BoxGrid(Math.max(8, options.cell ?? 48));
  for (const o of obstacles) grid.add(o);
  const inside = (b: Box): boolean => !bounds || (b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h);
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
  const placed: Placement<R>[] = [];
  const hidden: string[] = [];
  for (const request of order) {
    const candidate = request.candidates.findIndex(
      (c) => inside(c) && !grid.hits({ x: c.x - margin, y: c.y - margin, w: c.w + 2 * margin, h: c.h + 2 * margin }),
    );
    if (candidate < 0) {
      hidden.push(request.owner);
      continue;
    }
    const box = request.candidates[candidate] as Box;
    grid.add(box);
    placed.push({ request, box, candidate });
  }
  return { placed, hidden };
}

/** A figure caption that wants a place: its candidate boxes, best first. */
export interface CaptionRequest extends Omit<Caption, keyof Box> {
  candidates: Box[];
}

/** The figure's captions placed inside `bounds`, clear of the node marks and fixed text in `obstacles`. */
export function placeCaptions(requests: CaptionRequest[], obstacles: Box[], bounds: Box): { placed: Caption[]; hidden: string[] } {
  const { placed, hidden } = placeGreedy(requests, obstacles, { bounds });
  return {
    placed: placed.map(({ request: { candidates: _candidates, ...caption }, box }) => ({ ...caption, ...box })),
    hidden,
  };
}

/** Pairs of boxes that overlap (the legibility defect the tests count; 0 is the target). */
export function overlappingPairs(captions: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < captions.length; i++) {
    for (let j = i + 1; j < captions.length; j++) if (overlaps(captions[i] as Box, captions[j] as Box)) count++;
  }
  return count;
}
