import type { Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/** The captions cytoscape draws (screen boxes from its own label geometry), the node bodies, and the smallest font on screen. */
export const captionGeometry = (page: Page) =>
  page.evaluate(() => {
    type B = { x1: number; y1: number; x2: number; y2: number };
    type N = { id(): string; visible(): boolean; isParent(): boolean; hasClass(c: string): boolean; style(k: string): string; boundingBox(o: object): B };
    const cy = (window as unknown as { __assayCy: { zoom(): number; pan(): { x: number; y: number }; nodes(): { filter(f: (n: N) => boolean): N[] } } }).__assayCy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const screen = (b: B): B => ({ x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y });
    const shown = cy.nodes().filter((n) => n.visible() && !n.isParent());
    const captioned = shown.filter((n) => ['cap-below', 'cap-above', 'cap-right', 'cap-left'].some((c) => n.hasClass(c)));
    // cytoscape grows a label's bounds by 2 model units on every side ("browser dimension inaccuracies"): take them off.
    const slack = (b: B): B => ({ x1: b.x1 + 2, y1: b.y1 + 2, x2: b.x2 - 2, y2: b.y2 - 2 });
    const only = { includeEdges: false, includeOverlays: false, includeUnderlays: false };
    const captions = captioned.map((n) => ({ id: n.id(), box: screen(slack(n.boundingBox({ ...only, includeNodes: false, includeLabels: true }))) }));
    const bodies = shown.map((n) => ({ id: n.id(), box: screen(n.boundingBox({ ...only, includeNodes: true, includeLabels: false })) }));
    const fonts = captioned.map((n) => parseFloat(n.style('font-size')) * zoom);
    const covered = ((cy as unknown as { scratch(k: string): { boxes: { x: number; y: number; w: number; h: number }[] } | undefined }).scratch('coveredArea')?.boxes ?? [])
      .map((b) => ({ x1: b.x, y1: b.y, x2: b.x + b.w, y2: b.y + b.h }));
    const size = cy as unknown as { width(): number; height(): number };
    return { canvas: { x1: 0, y1: 0, x2: size.width(), y2: size.height() }, covered, captions, bodies, smallestFont: Math.min(...fonts), tagged: shown.filter((n) => n.hasClass('tagged')).length, taggedCaptioned: captioned.filter((n) => n.hasClass('tagged')).length };
  });

export type Geometry = Awaited<ReturnType<typeof captionGeometry>>;
type ScreenBox = Geometry['canvas'];
/** Two screen boxes overlap (0.5 px of antialiasing allowed). */
export const overlap = (a: ScreenBox, b: ScreenBox): boolean => a.x1 + 0.5 < b.x2 && b.x1 + 0.5 < a.x2 && a.y1 + 0.5 < b.y2 && b.y1 + 0.5 < a.y2;
/** Overlapping pairs: caption with caption, and caption with a node other than its own (0.5 px of antialiasing allowed). */
export function overlapsOf({ captions, bodies }: Geometry): string[] {
  const found: string[] = [];
  captions.forEach((c, i) => {
    for (const d of captions.slice(i + 1)) if (overlap(c.box, d.box)) found.push(`${c.id} / ${d.id}`);
    for (const b of bodies) if (b.id !== c.id && overlap(c.box, b.box)) found.push(`${c.id} across node ${b.id}`);
  });
  return found;
}

/** Captions cut by the canvas's edge or drawn under the toolbar, notices, legend or time filter over it. */
export function hiddenCaptions({ canvas, covered, captions }: Geometry): string[] {
  const inside = (b: ScreenBox) => b.x1 >= canvas.x1 - 0.5 && b.y1 >= canvas.y1 - 0.5 && b.x2 <= canvas.x2 + 0.5 && b.y2 <= canvas.y2 + 0.5;
  return captions.flatMap((c) => [...(inside(c.box) ? [] : [`${c.id} off the canvas`]), ...covered.filter((o) => overlap(c.box, o)).map(() => `${c.id} under a panel`)]);
}

/** Waits until the caption layer has placed the captions for the current viewport (it records the one it placed them for). */
export async function settledCaptions(page: Page): Promise<Geometry> {
  type At = { zoom: number; pan: { x: number; y: number } };
  type Scratched = { zoom(): number; pan(): At['pan']; scratch(k: string): At | undefined };
  await expect
    .poll(() => page.evaluate(() => {
      const cy = (window as unknown as { __assayCy: Scratched }).__assayCy;
      const placed = cy.scratch('captions');
      return placed?.zoom === cy.zoom() && placed.pan.x === cy.pan().x && placed.pan.y === cy.pan().y;
    }))
    .toBe(true);
  return captionGeometry(page);
}

