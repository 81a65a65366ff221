import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyFocus } from './focus';
import { workbenchStyle } from './workbench-style';

/** What a node's look means (its category fill, tagged border, shape, size, halo), read from the computed style. */
const LOOK = ['background-color', 'border-color', 'border-width', 'border-style', 'shape', 'width', 'height', 'underlay-opacity', 'overlay-opacity'];
const looks = (cy: Core) => Object.fromEntries(cy.nodes().map((n) => [n.id(), LOOK.map((k) => String(n.style(k)))]));

function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { 'background-color': '#8c96a0', shape: 'ellipse', width: 18, height: 18 } },
      { selector: 'node.tagged', style: { 'border-width': 2, 'border-color': '#333333' } },
      ...workbenchStyle('#3b82f6', '#ffffff', 'light'),
    ],
    elements: [
      { data: { id: 'rental', legend: 'hash_rental_marketplace' }, classes: 'address tagged' },
      { data: { id: 'pool', legend: 'mining_pool' }, classes: 'address tagged' },
      { data: { id: 'tx' }, classes: 'tx' },
      { data: { id: 'other' }, classes: 'address' },
      { data: { id: 'e1', source: 'rental', target: 'tx' } },
      { data: { id: 'e2', source: 'tx', target: 'pool' } },
      { data: { id: 'e3', source: 'tx', target: 'other' } },
    ],
  });
}

describe('applyFocus', () => {
  it('never changes what a node looks like (fill, border, shape), during the highlight or after it is cleared', () => {
    const cy = canvas();
    const before = looks(cy);
    applyFocus(cy, ['rental', 'tx', 'pool']);
    expect(looks(cy)).toEqual(before);
    expect(cy.$('.focus').map((e) => e.id()).sort()).toEqual(['e1', 'e2', 'pool', 'rental', 'tx']);
    expect(cy.$('.faded').map((e) => e.id()).sort()).toEqual(['e3', 'other']);
    expect(Number(cy.getElementById('other').style('opacity'))).toBeLessThan(0.5);
    applyFocus(cy, null);
    expect(looks(cy)).toEqual(before);
    expect(cy.$('.focus, .faded')).toHaveLength(0);
    expect(cy.nodes().map((n) => Number(n.style('opacity')))).toEqual([1, 1, 1, 1]);
    cy.destroy();
  });

  it('keeps the boxes of highlighted nodes unfaded, so their members stay at full strength', () => {
    const cy = canvas();
    cy.add({ group: 'nodes', data: { id: 'box', label: 'W' }, classes: 'group' });
    cy.getElementById('rental').move({ parent: 'box' });
    applyFocus(cy, ['rental']);
    expect(cy.getElementById('box').hasClass('faded')).toBe(false);
    expect(cy.getElementById('pool').hasClass('faded')).toBe(true);
    cy.destroy();
  });
});
