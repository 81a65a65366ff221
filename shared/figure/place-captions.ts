import type { Box, Caption } from './types';

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A caption that wants a place: its candidate boxes, best first. */
export interface CaptionRequest extends Omit<Caption, keyof Box> {
  candidates: Box[];
}

/**
 * Greedy label placement: the most important caption first takes its first candidate place that overlaps nothing
 * placed before it (captions and obstacles such as node marks); a caption with no free place is hidden.
 * `bounds` keeps every caption inside the figure.
 */
export function placeCaptions(requests: CaptionRequest[], obstacles: Box[], bounds: Box): { placed: Caption[]; hidden: string[] } {
  const taken: Box[] = [...obstacles];
  const placed: Caption[] = [];
  const hidden: string[] = [];
  const inside = (b: Box): boolean => b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.owner.localeCompare(b.owner));
  for (const request of order) {
    const { candidates, ...caption } = request;
    const spot = candidates.find((c) => inside(c) && !taken.some((t) => overlaps(c, t)));
    if (!spot) {
      hidden.push(request.owner);
      continue;
    }
    taken.push(spot);
    placed.push({ ...caption, ...spot });
  }
  return { placed, hidden };
}

/** Pairs of captions whose boxes overlap (the legibility defect the tests count; 0 is the target). */
export function overlappingPairs(captions: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < captions.length; i++) {
    for (let j = i + 1; j < captions.length; j++) if (overlaps(captions[i] as Box, captions[j] as Box)) count++;
  }
  return count;
}
