import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPositions, readPositions } from './cytoscape-adapter';

describe('cytoscape adapter', () => {
  const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }] });
  afterAll(() => cy.destroy());

  it('moves nodes, skips ids cytoscape does not have, and reads positions back with NaN for those', () => {
    applyPositions(cy, ['a', 'gone', 'b'], Float32Array.from([1, 2, 3, 4, 5, 6]));
    expect(cy.getElementById('a').position()).toEqual({ x: 1, y: 2 });
    expect(cy.getElementById('b').position()).toEqual({ x: 5, y: 6 });
    const read = readPositions(cy, ['b', 'gone']);
    expect([read[0], read[1]]).toEqual([5, 6]);
    expect(Number.isNaN(read[2]) && Number.isNaN(read[3])).toBe(true);
  });
});
