import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphSlice } from '../../../shared/domain/graph';
import type { Theme } from '../app/theme';
import { chooseLayout } from './choose-layout';
import { toElements } from './graph-elements';
import { graphStyle } from './graph-style';

export interface GraphCanvasProps {
  slice: GraphSlice;
  selectedId: string | null;
  onSelect(id: string | null): void;
  theme: Theme;
  /** e2e runs only: exposes the cytoscape instance as window.__assayCy. */
  exposeForTests: boolean;
  /** Lets the toolbar fit the view without owning the cytoscape instance. */
  onReady?(api: { fit(): void }): void;
}

/** Node labels' font is 9 px in the model; a dense graph shows them from 1.5x its fitted zoom, a small one always. */
const DENSE_GRAPH = 60;
export const labelThreshold = (nodeCount: number, fittedZoom: number): number =>
  nodeCount <= DENSE_GRAPH ? 0 : Math.max(8, 9 * fittedZoom * 1.5);

/** The case graph on a canvas: labels are canvas text, so untrusted strings can never become markup here. */
export function GraphCanvas({ slice, selectedId, onSelect, theme, exposeForTests, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const labelMinFont = useRef(8);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(document.documentElement),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (e) => onSelectRef.current((e.target as cytoscape.NodeSingular).id()));
    cy.on('tap', (e) => e.target === cy && onSelectRef.current(null));
    cy.on('mouseover', 'edge', (e) => (e.target as cytoscape.EdgeSingular).addClass('hover'));
    cy.on('mouseout', 'edge', (e) => (e.target as cytoscape.EdgeSingular).removeClass('hover'));
    onReady?.({ fit: () => cy.fit(undefined, 40) });
    if (exposeForTests) (window as unknown as { __assayCy?: Core }).__assayCy = cy;
    return () => {
      if (exposeForTests) delete (window as unknown as { __assayCy?: Core }).__assayCy;
      cy.destroy();
      cyRef.current = null;
    };
    // One cytoscape instance per mount: later props are applied by the effects below, callbacks read through refs.
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(slice));
    });
    cy.layout(chooseLayout(slice.nodes.length)).run();
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    labelMinFont.current = labelThreshold(slice.nodes.length, cy.zoom());
    cy.style(graphStyle(document.documentElement, labelMinFont.current));
  }, [slice]);

  useEffect(() => {
    cyRef.current?.style(graphStyle(document.documentElement, labelMinFont.current));
  }, [theme]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges('.context').removeClass('context');
    cy.nodes(':selected').unselect();
    cy.nodes('.context').removeClass('context');
    if (selectedId) {
      const node = cy.getElementById(selectedId);
      node.select();
      node.connectedEdges().addClass('context');
      node.neighborhood('node').addClass('context');
      // A node chosen elsewhere (search, a table link) may be off screen: bring it into view.
      const extent = cy.extent();
      const { x, y } = node.nonempty() ? node.position() : { x: extent.x1, y: extent.y1 };
      if (node.nonempty() && (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2)) cy.center(node);
    }
  }, [selectedId, slice]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" aria-label="Case graph" role="img" />;
}
