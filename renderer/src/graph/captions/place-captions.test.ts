import { describe, expect, it } from 'vitest';
import { overlappingPairs as countOverlaps } from '../../../../shared/figure/place-captions';
import { captionBox, placeCaptions, type CaptionCandidate } from './place-captions';

const options = { height: 12, gap: 3, margin: 2 };
const node = (id: string, x: number, y: number, priority = 0, width = 80): CaptionCandidate => ({ id, x, y, halfW: 9, halfH: 9, width, priority });

describe('placeCaptions', () => {
  it('puts a lone caption under its node', () => {
    const [p] = placeCaptions([node('a', 100, 100)], options);
    expect(p).toEqual({ id: 'a', side: 'below', box: captionBox(node('a', 100, 100), 'below', options) });
  });

  it('a column of 40 payout recipients: no two captions overlap, none crosses a node, the tagged one always wins', () => {
    const column = Array.from({ length: 40 }, (_, i) => node(`r${String(i).padStart(2, '0')}`, 300, 100 + i * 7));
    const tagged = { ...node('tagged', 300, 100 + 20 * 7), priority: 10 };
    const all = [...column.filter((c) => c.id !== 'r20'), tagged];
    const placed = placeCaptions(all, options);
    expect(placed.map((p) => p.id)).toContain('tagged');
    expect(countOverlaps(placed.map((p) => p.box))).toBe(0);
    const bodies = all.map((c) => ({ x: c.x - c.halfW, y: c.y - c.halfH, w: 2 * c.halfW, h: 2 * c.halfH }));
    for (const p of placed) expect(bodies.filter((b) => countOverlaps([p.box, b]) > 0), p.id).toEqual([]);
    // Beside the column there is room for some (right and left in turn); the rest wait for hover or zoom.
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(all.length);
  });

  it('gives a contested place to the higher priority, then to the lower id', () => {
    const low = node('b', 100, 100, 1, 300);
    const high = node('c', 100, 118, 5, 300);
    const placed = placeCaptions([low, high], options);
    expect(placed.find((p) => p.id === 'c')?.side).toBe('below');
    expect(countOverlaps(placed.map((p) => p.box))).toBe(0);
    const tie = placeCaptions([node('y', 0, 0, 0, 200), node('x', 0, 1, 0, 200)], options);
    expect(tie[0]?.id).toBe('x');
  });

  it('keeps captions on the canvas and off the panels over it: a node at the left edge is captioned inwards', () => {
    const canvas = { x: 0, y: 0, w: 400, h: 300 };
    const edge = node('edge', 12, 150, 0, 120);
    const toolbar = { x: 0, y: 0, w: 400, h: 40 };
    const underToolbar = node('top', 200, 50, 0, 120);
    const placed = placeCaptions([edge, underToolbar], options, [toolbar], canvas);
    // Centred below or above it would cross the edge; on its left it would start off the canvas.
    expect(placed.find((p) => p.id === 'edge')?.side).toBe('right');
    // Above would be under the toolbar: below it is.
    expect(placed.find((p) => p.id === 'top')?.side).toBe('below');
    expect(placeCaptions([node('bottom', 60, 295, 0, 120)], options, [], canvas).map((p) => p.side)).toEqual(['above']);
    expect(placeCaptions([node('corner', 5, 295, 0, 120)], options, [], canvas)).toEqual([]);
  });
});
