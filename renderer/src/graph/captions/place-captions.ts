import { placeGreedy } from '../../../../shared/figure/place-captions';
import type { Box } from '../../../../shared/figure/types';

export type { Box };
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

/** The caption's box on one side of its node. */
export function captionBox(c: CaptionCandidate, side: CaptionSide, { height, gap }: Pick<PlaceOptions, 'height' | 'gap'>): Box {
  switch (side) {
    case 'below':
      return { x: c.x - c.width / 2, y: c.y + c.halfH + gap, w: c.width, h: height };
    case 'above':
      return { x: c.x - c.width / 2, y: c.y - c.halfH - gap - height, w: c.width, h: height };
    case 'right':
      return { x: c.x + c.halfW + gap, y: c.y - height / 2, w: c.width, h: height };
    case 'left':
      return { x: c.x - c.halfW - gap - c.width, y: c.y - height / 2, w: c.width, h: height };
  }
}

/**
 * The canvas's captions, most important first, each on the first side of its node whose box lies inside `bounds` (the
 * canvas) and keeps `margin` clear of every node, obstacle (text drawn elsewhere, panels over the canvas) and caption
 * placed before it (the shared placer of the figures too); a caption with no free side is left out (shown on hover,
 * or once zoomed in).
 */
export function placeCaptions(candidates: readonly CaptionCandidate[], options: PlaceOptions, obstacles: readonly Box[] = [], bounds?: Box): CaptionPlacement[] {
  const bodies = candidates.map((c) => ({ x: c.x - c.halfW, y: c.y - c.halfH, w: 2 * c.halfW, h: 2 * c.halfH }));
  const requests = candidates.map((c) => ({ owner: c.id, priority: c.priority, candidates: SIDES.map((side) => captionBox(c, side, options)) }));
  const { placed } = placeGreedy(requests, [...bodies, ...obstacles], { bounds, margin: options.margin, cell: Math.max(32, options.height * 4) });
  return placed.map(({ request, box, candidate }) => ({ id: request.owner, side: SIDES[candidate] as CaptionSide, box }));
}
