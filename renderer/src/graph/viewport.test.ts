import type { Collection, Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CoveredArea } from './view-area';
import { cappedFit } from './viewport';

// cappedFit reads only the canvas size, its covered area and the elements' bounding box: plain objects stand in for them.
const canvas = (width: number, height: number, covered?: CoveredArea) =>
  ({ width: () => width, height: () => height, scratch: () => covered }) as unknown as Core;
const box = (x1: number, y1: number, x2: number, y2: number) => ({ boundingBox: () => ({ x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 }) }) as unknown as Collection;

describe('cappedFit', () => {
  it('fits a wide selection and centres it', () => {
    const { zoom, pan } = cappedFit(canvas(1000, 800), box(0, 0, 2000, 100), 100);
    // 1000 px less the padding and 90 px of caption room on each side, for 2000 units.
    expect(zoom).toBeCloseTo(0.31);
    // The box's centre (1000, 50) lands on the canvas centre (500, 400).
    expect(pan.x + zoom * 1000).toBeCloseTo(500);
    expect(pan.y + zoom * 50).toBeCloseTo(400);
  });

  it('never zooms past 1.6, however small the selection', () => {
    expect(cappedFit(canvas(1000, 800), box(10, 10, 40, 30), 80).zoom).toBe(1.6);
  });

  it('fits in the open area between the toolbar band and the bottom panels', () => {
    const covered: CoveredArea = { insets: { top: 100, right: 0, bottom: 200, left: 0 }, boxes: [] };
    const { zoom, pan } = cappedFit(canvas(1000, 800, covered), box(0, 0, 100, 1000), 50);
    // 800 - 100 - 200 - 2 * 50 = 400 px of height for 1000 units; centred at y = 100 + 500 / 2 = 350.
    expect(zoom).toBeCloseTo(0.4);
    expect(pan.y + zoom * 500).toBeCloseTo(350);
    expect(pan.x + zoom * 50).toBeCloseTo(500);
  });
});
