import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layered-layout';
import type { FigureNode } from './model';

const node = (id: string, kind: 'tx' | 'address'): FigureNode => ({ id, kind, label: id, caption: '', x: 0, y: 0, style: kind === 'tx' ? 'tx' : 'address' });

describe('layeredLayout', () => {
  // a -> t1 -> b -> t2 -> c, with t2 later than t1; d is paid by t1 as well.
  const nodes = [node('c', 'address'), node('t2', 'tx'), node('b', 'address'), node('t1', 'tx'), node('a', 'address'), node('d', 'address')];
  const edges = [
    { from: 'a', to: 't1', label: '' },
    { from: 't1', to: 'b', label: '' },
    { from: 't1', to: 'd', label: '' },
    { from: 'b', to: 't2', label: '' },
    { from: 't2', to: 'c', label: '' },
  ];
  const times = new Map<string, number | null>([['t1', 100], ['t2', 200]]);

  it('runs left to right along the flow of value, each address between its payer and its spender', () => {
    const x = new Map(layeredLayout(nodes, edges, times).map((v) => [v.id, v.x]));
    const order = ['a', 't1', 'b', 't2', 'c'].map((id) => x.get(id) ?? NaN);
    expect(order).toEqual([...order].sort((p, q) => p - q));
    expect(new Set(order).size).toBe(5);
    expect(x.get('d')).toBe(x.get('b'));
  });

  it('is deterministic whatever order the nodes come in', () => {
    const one = layeredLayout(nodes, edges, times);
    const two = layeredLayout([...nodes].reverse(), [...edges].reverse(), times);
    const key = (list: FigureNode[]) => list.map((v) => `${v.id}@${v.x},${v.y}`).sort();
    expect(key(two)).toEqual(key(one));
  });
});
