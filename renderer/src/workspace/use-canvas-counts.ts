import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { canvasCounts, type CanvasCounts } from '../graph/canvas-counts';

/** The canvas counts, recounted once per burst of adds, removes and class changes (hide, filter, fold all set classes). */
export function useCanvasCounts(cy: Core | null): CanvasCounts | null {
  const [counts, setCounts] = useState<CanvasCounts | null>(null);
  useEffect(() => {
    if (!cy) return;
    let queued = false;
    const recount = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!cy.destroyed()) setCounts(canvasCounts(cy));
      });
    };
    recount();
    cy.on('add remove class', recount);
    return () => void cy.off('add remove class', recount);
  }, [cy]);
  return counts;
}
