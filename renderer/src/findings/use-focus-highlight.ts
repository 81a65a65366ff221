import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { cappedFit } from '../graph/viewport';
import { useGraphFocus } from './graph-focus';

/** Inline (bypass) style, so the highlight needs no rule in the graph stylesheet and survives theme switches. */
const FOCUS_STYLE = { 'border-width': 4, 'border-color': '#ffb020', 'border-style': 'solid', 'line-color': '#ffb020', 'target-arrow-color': '#ffb020', width: 3 };
const FOCUS_KEYS = Object.keys(FOCUS_STYLE).join(' ');

/**
 * Highlights the graph-focus nodes (a finding's subjects, a trace's addresses) and the edges between them, and fits
 * the view to them. `content` changes when the graph's elements are replaced, so the highlight is re-applied.
 */
export function useFocusHighlight(cyRef: RefObject<Core | null>, content: unknown): void {
  const { focus } = useGraphFocus();
  useEffect(() => {
    // After the graph's own effects of this commit (which may have just replaced every element).
    queueMicrotask(() => {
      const cy = cyRef.current;
      if (!cy || cy.destroyed()) return;
      cy.batch(() => {
        cy.elements('.focus').removeStyle(FOCUS_KEYS).removeClass('focus');
        if (!focus) return;
        let nodes = cy.collection();
        for (const id of focus.nodeIds) nodes = nodes.union(cy.getElementById(id));
        nodes.union(nodes.edgesWith(nodes)).addClass('focus').style(FOCUS_STYLE);
      });
      const shown = cy.elements('node.focus');
      if (shown.nonempty()) cy.animate(cappedFit(cy, shown, 80), { duration: 300 });
    });
  }, [focus, content, cyRef]);
}
