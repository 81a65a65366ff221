import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphSlice } from '../../../shared/domain/graph';
import type { Theme } from '../app/theme';
import { chooseLayout, isLarge } from './choose-layout';
import { toElements } from './graph-elements';
import { graphStyle } from './graph-style';
import { CaptionLayer } from './captions/caption-layer';
import { addsToSelection, primaryAfter, showPrimary } from './selection';
import { allInView, fitView, panToCentre } from './viewport';

export interface GraphCanvasProps {
  slice: GraphSlice;
  selectedId: string | null;
  onSelect(id: string | null): void;
  theme: Theme;
  /** e2e runs only: exposes the cytoscape instance as window.__assayCy. */
  exposeForTests: boolean;
  /** Lets the toolbar fit the view without owning the cytoscape instance. */
  onReady?(api: { fit(): void; cy: Core }): void;
}

/** The case graph on a canvas: labels are canvas text, so untrusted strings can never become markup here. */
export function GraphCanvas({ slice, selectedId, onSelect, theme, exposeForTests, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const large = useRef(false);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(document.documentElement),
      minZoom: 0.05,
      maxZoom: 4,
      // Shift/Ctrl-drag draws a selection box (a plain drag pans); Shift/Ctrl-click adds or removes one element.
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    cyRef.current = cy;
    const captions = new CaptionLayer(cy);
    // Cytoscape changes the selection after it emits tap: a click that adds or removes reads it once it settled.
    const settle = (added?: string) => queueMicrotask(() => !cy.destroyed() && onSelectRef.current(primaryAfter(cy, selectedRef.current, added)));
    cy.on('tap', 'node', (e) => {
      const id = (e.target as cytoscape.NodeSingular).id();
      if (addsToSelection(e)) settle(id);
      else onSelectRef.current(id);
    });
    cy.on('boxend', () => settle());
    // Ledger edges are selectable (inspected and annotated as flows); derived ones (address flow, folded boxes) and
    // off-chain links (their annotation is inspected on the deposit address) are not.
    cy.on('tap', 'edge', (e) => {
      const edge = e.target as cytoscape.EdgeSingular;
      if (edge.hasClass('flow') || edge.hasClass('box-edge') || edge.hasClass('offchain')) return;
      if (addsToSelection(e)) settle(edge.id());
      else onSelectRef.current(edge.id());
    });
    cy.on('tap', (e) => e.target === cy && !addsToSelection(e) && onSelectRef.current(null));
    // Views, undo and expansions change the graph's size without a new slice: switch to the big graph's look (or back)
    // when the node count crosses the threshold. Once per burst of adds; inside a batch the restyle joins it.
    let sizeCheck = false;
    cy.on('add remove', 'node', () => {
      if (sizeCheck) return;
      sizeCheck = true;
      queueMicrotask(() => {
        sizeCheck = false;
        const now = !cy.destroyed() && isLarge(cy.nodes().length);
        if (cy.destroyed() || now === large.current) return;
        large.current = now;
        cy.style(graphStyle(document.documentElement, now));
      });
    });
    cy.on('mouseover', 'edge', (e) => (e.target as cytoscape.EdgeSingular).addClass('hover'));
    cy.on('mouseout', 'edge', (e) => (e.target as cytoscape.EdgeSingular).removeClass('hover'));
    onReady?.({ fit: () => fitView(cy, isLarge(cy.nodes().length)), cy });
    if (exposeForTests) (window as unknown as { __assayCy?: Core }).__assayCy = cy;
    return () => {
      if (exposeForTests) delete (window as unknown as { __assayCy?: Core }).__assayCy;
      captions.dispose();
      cy.destroy();
      cyRef.current = null;
    };
    // One cytoscape instance per mount: later props are applied by the effects below, callbacks read through refs.
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().remove();
    const wasLarge = large.current;
    large.current = isLarge(slice.nodes.length);
    // The stylesheet before the elements: restyling thousands of elements afterwards is a second full style pass.
    if (large.current !== wasLarge) cy.style(graphStyle(document.documentElement, large.current));
    cy.add(toElements(slice));
    cy.layout(chooseLayout(slice.nodes.map((n) => n.id), cy.width() / Math.max(cy.height(), 1))).run();
    fitView(cy, large.current);
  }, [slice]);

  useEffect(() => {
    // After every effect of this commit: the app sets the theme on the document in its own effect, which runs after
    // this child's, and the stylesheet reads the theme's colours from there.
    queueMicrotask(() => {
      const cy = cyRef.current;
      if (cy && !cy.destroyed()) cy.style(graphStyle(document.documentElement, large.current));
    });
  }, [theme]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges('.context').removeClass('context');
    cy.nodes('.context').removeClass('context');
    showPrimary(cy, selectedId);
    if (!selectedId) return;
    const selected = cy.getElementById(selectedId);
    if (selected.isEdge()) selected.connectedNodes().addClass('context');
    if (!selected.isNode()) return;
    selected.connectedEdges().addClass('context');
    selected.neighborhood('node').addClass('context');
    // A node chosen elsewhere (search, a table link) may be off screen or under a panel: bring it into view.
    if (!allInView(cy, selected)) cy.pan(panToCentre(cy, selected.position()));
  }, [selectedId, slice]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" aria-label="Case graph" role="img" />;
}
