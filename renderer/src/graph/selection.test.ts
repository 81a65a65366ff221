import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasCounts } from './canvas-counts';
import { pathEnds, primaryAfter, selectedNodeIds, showPrimary } from './selection';

function canvas() {
  const cy = cytoscape({ headless: true });
  cy.add([
    { data: { id: 'a' } },
    { data: { id: 'b' } },
    { data: { id: 'c' } },
    { data: { id: 'box' } },
    { data: { id: 'd', parent: 'box' } },
    { data: { id: 'ab', source: 'a', target: 'b' } },
    { data: { id: 'bc', source: 'b', target: 'c' } },
  ]);
  return cy;
}

describe('one selection model', () => {
  it('a primary already in the selection keeps the others; any other primary replaces them', () => {
    const cy = canvas();
    cy.$('#a, #b').select();
    showPrimary(cy, 'b');
    expect(selectedNodeIds(cy).sort()).toEqual(['a', 'b']);
    showPrimary(cy, 'c');
    expect(selectedNodeIds(cy)).toEqual(['c']);
    showPrimary(cy, null);
    expect(selectedNodeIds(cy)).toEqual([]);
  });

  it('acts only on what is selected and shown: hidden nodes are never touched unseen', () => {
    const cy = canvas();
    cy.$('#a, #c').select();
    cy.$('#c').addClass('hidden');
    expect(selectedNodeIds(cy)).toEqual(['a']);
  });

  it('offers a path for exactly two selected nodes', () => {
    const cy = canvas();
    cy.$('#a').select();
    expect(pathEnds(cy)).toBeNull();
    cy.$('#c').select();
    expect(pathEnds(cy)).toEqual(['a', 'c']);
    cy.$('#b').select();
    expect(pathEnds(cy)).toBeNull();
  });

  it('after a Shift-click the inspector follows the added node, or keeps its own, or takes one left', () => {
    const cy = canvas();
    cy.$('#a, #b').select();
    expect(primaryAfter(cy, 'a', 'b')).toBe('b');
    cy.$('#b').unselect();
    expect(primaryAfter(cy, 'b', 'b')).toBe('a');
    cy.$('#a').unselect();
    expect(primaryAfter(cy, 'a', 'a')).toBeNull();
  });
});

describe('canvas counts', () => {
  it('count what is drawn: hidden nodes and their edges go, an open box is a frame, not a node', () => {
    const cy = canvas();
    expect(canvasCounts(cy)).toEqual({ nodes: 4, edges: 2 });
    cy.$('#c').addClass('time-hidden');
    expect(canvasCounts(cy)).toEqual({ nodes: 3, edges: 1 });
  });
});
