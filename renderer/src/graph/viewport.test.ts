import type { Collection, Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cappedFit } from './viewport';

// cappedFit reads only the canvas size and the elements' bounding box: plain objects with those stand in for them.
const canvas = (width: number, height: number) => ({ width: () => width, height: () => height }) as unknown as Core;
const box = (x1: number, y1: number, x2: number, y2: number) => ({ boundingBox: () => ({ x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 }) }) as unknown as Collection;

describe('cappedFit', () => {
  it('fits a wide selection and centres it', () => {
    const { zoom, pan } = cappedFit(canvas(1000, 800), box(0, 0, 2000, 100), 100);
    expect(zoom).toBeCloseTo(0.4);
    // The box's centre (1000, 50) lands on the canvas centre (500, 400).
    expect(pan.x + zoom * 1000).toBeCloseTo(500);
    expect(pan.y + zoom * 50).toBeCloseTo(400);
  });

  it('never zooms past 1.6, however small the selection', () => {
    expect(cappedFit(canvas(1000, 800), box(10, 10, 40, 30), 80).zoom).toBe(1.6);
  });
});
