import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutCanvas, layoutGraphOf } from './canvas-layout';

describe('layoutGraphOf', () => {
  // a -> t1 -> b, t2 -> b; h is hidden, c is pinned and has no neighbour with a time.
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a', legend: 'victim', time: null }, position: { x: 1, y: 2 } },
      { data: { id: 't1', time: 500 }, position: { x: 3, y: 4 } },
      { data: { id: 't2', time: 300 }, position: { x: 5, y: 6 } },
      { data: { id: 'b', time: null }, position: { x: 7, y: 8 } },
      { data: { id: 'h', time: 100 }, classes: 'hidden', position: { x: 0, y: 0 } },
      { data: { id: 'c', time: null }, classes: 'pinned', position: { x: 9, y: 9 } },
      { data: { id: 'a-t1', source: 'a', target: 't1' } },
      { data: { id: 't1-b', source: 't1', target: 'b' } },
      { data: { id: 't2-b', source: 't2', target: 'b' } },
      { data: { id: 'h-c', source: 'h', target: 'c' } },
    ],
    style: [{ selector: '.hidden', style: { display: 'none' } }],
  });
  afterAll(() => cy.destroy());

  it('takes visible nodes with index edges, times (own, else the earliest neighbour), lanes, pins and positions', () => {
    const g = layoutGraphOf(cy, new Set(['b']));
    expect(g.ids).toEqual(['a', 't1', 't2', 'b', 'c']);
    const pairs = Array.from({ length: g.edges.length / 2 }, (_, e) => `${g.ids[g.edges[2 * e]!]}>${g.ids[g.edges[2 * e + 1]!]}`);
    expect(pairs.sort()).toEqual(['a>t1', 't1>b', 't2>b']);
    // b takes the earlier of its two transactions; c takes its hidden neighbour's time.
    expect(Array.from(g.times!)).toEqual([500, 500, 300, 300, 100]);
    expect(g.lanes).toEqual(['victim', '', '', '', '']);
    expect(Array.from(g.pinned!)).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(g.positions!.subarray(0, 6))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Number.isNaN(g.positions![6]!) && Number.isNaN(g.positions![7]!)).toBe(true);
  });

  it('with onlyNew moves (and so dirties) the fresh nodes only, placing them beside their neighbours', async () => {
    cy.getElementById('b').position({ x: 5000, y: 5000 });
    const moved = new Set<string>();
    cy.on('position', 'node', (e) => void moved.add(e.target.id()));
    await layoutCanvas(cy, 'preset', new Set(['b']), true);
    expect([...moved]).toEqual(['b']);
    const b = cy.getElementById('b').position();
    const near = (id: string) => Math.hypot(b.x - cy.getElementById(id).position().x, b.y - cy.getElementById(id).position().y);
    expect(Math.min(near('t1'), near('t2'))).toBeLessThan(200);
  });

  it('never touches a pinned node (its exact position is not rounded to the layout floats)', async () => {
    cy.getElementById('c').position({ x: 9.123456789, y: 9.987654321 });
    const moved = new Set<string>();
    cy.on('position', 'node', (e) => void moved.add(e.target.id()));
    await layoutCanvas(cy, 'flow');
    expect(moved.has('c')).toBe(false);
    expect(moved.size).toBeGreaterThan(0);
    expect(cy.getElementById('c').position()).toEqual({ x: 9.123456789, y: 9.987654321 });
  });
});
