import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { measureCovered, setCoveredArea } from './view-area';
import { refitOnceMeasured } from './viewport';

/** What lies over the canvas: the toolbar band and notices at the top; legend, time filter, tables drawer at the bottom. */
const TOP = '.graph-top > *, .tables-toggle';
const BOTTOM = '.graph-legend, .time-filter, .tables-drawer';
/** Over the canvas too, but coming and going with the selection: captions avoid it, fits and centring do not move for it. */
const TRANSIENT = '.flow-chart';

/**
 * Keeps the canvas's covered area (view-area.ts) current while overlays wrap, appear or resize, so fits keep nodes
 * clear of them and no caption is placed underneath one.
 */
export function useCoveredArea(cy: Core): void {
  useEffect(() => {
    const canvas = cy.container();
    const area = canvas?.parentElement;
    if (!canvas || !area) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (cy.destroyed()) return;
      const rects = (selector: string) => [...area.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
      // The case opened fitted to the whole canvas, before the panels over it were there to measure.
      if (setCoveredArea(cy, measureCovered(canvas.getBoundingClientRect(), rects(TOP), rects(BOTTOM)))) refitOnceMeasured(cy);
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const resized = new ResizeObserver(later);
    const observeAll = () => {
      resized.disconnect();
      resized.observe(canvas);
      for (const e of area.querySelectorAll(`${TOP}, ${BOTTOM}, ${TRANSIENT}`)) resized.observe(e);
      later();
    };
    // Notices, the path banner and the drawer come and go: observe whatever is there now.
    const changed = new MutationObserver(observeAll);
    changed.observe(area, { childList: true, subtree: true });
    observeAll();
    return () => {
      changed.disconnect();
      resized.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
}
