import type { SearchHit } from '../../../shared/api/methods/graph';

/** What kind of thing a hit is, in the analyst's words. */
export function hitKind(hit: SearchHit): string {
  if (hit.match === 'actor') return 'Actor';
  if (hit.match === 'tag') return hit.kind === 'tx' ? 'Labelled tx' : 'Label';
  return hit.kind === 'tx' ? 'Transaction' : 'Address';
}

/** The next index when stepping through n matches (wrapping both ways). */
export const stepIndex = (index: number, delta: 1 | -1, n: number): number => (n === 0 ? 0 : (index + delta + n) % n);

/** "3 of 27", or "3 of 100+" when the search stopped at its limit. */
export const positionText = (index: number, n: number, limit: number): string => `${index + 1} of ${n}${n >= limit ? '+' : ''}`;
