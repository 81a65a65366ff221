import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceElements, type OpenPhase } from './replace-elements';

describe('replaceElements', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'old' } }] });
  afterAll(() => cy.destroy());

  it('swaps the canvas contents at their saved positions, places the view after the style and reports every phase', async () => {
    const phases: OpenPhase[] = [];
    let placedWith: string[] = [];
    await replaceElements(
      cy,
      [
        { group: 'nodes', data: { id: 'a' }, position: { x: 10, y: 20 } },
        { group: 'nodes', data: { id: 'b' }, position: { x: 30, y: 40 } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      ],
      () => {
        placedWith = cy.elements().map((e) => e.id());
        cy.viewport({ zoom: 2, pan: { x: 5, y: 6 } });
      },
      (phase) => phases.push(phase),
    );
    expect(phases).toEqual(['add', 'style', 'place', 'calculate', 'draw']);
    expect(placedWith).toEqual(['a', 'b', 'ab']);
    expect(cy.getElementById('b').position()).toEqual({ x: 30, y: 40 });
    expect(cy.zoom()).toBe(2);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
  });
});
