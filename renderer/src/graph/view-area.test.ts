import { describe, expect, it } from 'vitest';
import { measureCovered } from './view-area';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('measureCovered', () => {
  const canvas = rect(100, 50, 1000, 800);

  it('insets reach the toolbar band\'s lower edge and the bottom panels\' upper edge; boxes are relative to the canvas', () => {
    const toolbar = rect(108, 58, 900, 60);
    const legend = rect(108, 700, 300, 142);
    const time = rect(500, 760, 590, 82);
    const covered = measureCovered(canvas, [toolbar], [legend, time]);
    expect(covered.insets).toEqual({ top: 68, right: 0, bottom: 150, left: 0 });
    expect(covered.boxes[0]).toEqual({ x: 8, y: 8, w: 900, h: 60 });
    expect(covered.boxes).toHaveLength(3);
  });

  it('a transient panel (the flow chart) is avoided by captions but moves no fit; hidden panels count for nothing', () => {
    const flowChart = rect(800, 600, 250, 100);
    const hidden = rect(0, 0, 0, 0);
    const covered = measureCovered(canvas, [hidden], [], [flowChart]);
    expect(covered.insets).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(covered.boxes).toEqual([{ x: 700, y: 550, w: 250, h: 100 }]);
  });
});
