import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPositions, FramedPositions, readPositions } from './cytoscape-adapter';

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

describe('FramedPositions', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `n${i}`);
  const cy = cytoscape({ headless: true, elements: ids.map((id) => ({ data: { id }, position: { x: 0, y: 0 } })) });
  afterAll(() => cy.destroy());
  const xs = () => ids.map((id) => cy.getElementById(id).position().x);
  // Core.batching() exists but is missing from cytoscape's typings.
  const inBatch = () => (cy as unknown as { batching(): boolean }).batching();

  it('moves at most `chunk` nodes per task inside one batch, ends it for one redraw with every node at the latest positions', async () => {
    const frames: number[][] = [];
    const batching: boolean[] = [];
    let stream: FramedPositions | null = null;
    const pause = async () => {
      frames.push(xs());
      batching.push(inBatch());
      // A newer layout arrives after the first frame: the stream carries on from its cursor with the new positions.
      if (frames.length === 1) stream!.update(Float32Array.from(ids.flatMap((_, i) => [200 + i, 0])));
    };
    stream = new FramedPositions(cy, ids, 4, pause, pause);
    stream.update(Float32Array.from(ids.flatMap((_, i) => [100 + i, 0])));
    await stream.idle();
    expect(frames[0]).toEqual([100, 101, 102, 103, 0, 0, 0, 0, 0, 0]);
    // Four chunk tasks (4 of the first positions, then 4 + 4 + 2 of the newer: an update restarts the round), one
    // warming the bounding boxes ...
    expect(frames.length).toBe(6);
    expect(xs()).toEqual(ids.map((_, i) => 200 + i));
    // ... drawn by nobody until the batch ends before the last frame.
    expect(batching).toEqual([true, true, true, true, true, false]);
    expect(inBatch()).toBe(false);
  });
});
