import type Database from 'better-sqlite3';
import type { GraphSlice } from '../../../shared/domain/graph';
import { Adjacency } from './adjacency';
import { NodeRefs, type NodeKey } from './node-ref';
import { sliceOf } from './slice';

/** Per-node neighbour cap and total visit budget: a path through a 100k-degree hot wallet is not evidence anyway. */
const DEGREE_CAP = 2000;
const VISIT_BUDGET = 200_000;

interface Side { parents: Map<NodeKey, NodeKey | null>; frontier: NodeKey[] }

/** Follows parent links from the meeting node back to a search's root. */
function chain(parents: Map<NodeKey, NodeKey | null>, from: NodeKey): NodeKey[] {
  const out: NodeKey[] = [];
  for (let at: NodeKey | null | undefined = from; at; at = parents.get(at)) out.push(at);
  return out;
}

/**
 * Shortest path ignoring the direction of value, by bidirectional breadth-first search (always growing the smaller
 * frontier) within `maxHops` edges. Returns the node keys from `from` to `to`, or null.
 */
export function shortestPath(adjacency: Adjacency, from: NodeKey, to: NodeKey, maxHops: number): NodeKey[] | null {
  if (from === to) return [from];
  const sides: [Side, Side] = [
    { parents: new Map([[from, null]]), frontier: [from] },
    { parents: new Map([[to, null]]), frontier: [to] },
  ];
  let visited = 2;
  for (let hops = 0; hops < maxHops; hops++) {
    const grow = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
    const side = sides[grow];
    const other = sides[1 - grow] as Side;
    const next: NodeKey[] = [];
    for (const key of side.frontier) {
      for (const n of adjacency.neighbours(key, 'both', DEGREE_CAP)) {
        if (side.parents.has(n)) continue;
        side.parents.set(n, key);
        if (other.parents.has(n)) {
          return [...chain(sides[0].parents, n).reverse(), ...chain(sides[1].parents, n).slice(1)];
        }
        next.push(n);
        if (++visited > VISIT_BUDGET) return null;
      }
    }
    if (next.length === 0) return null;
    side.frontier = next;
  }
  return null;
}

export function graphPath(db: Database.Database, from: string, to: string, maxHops: number): { found: boolean; nodeIds: string[]; slice: GraphSlice } {
  const refs = new NodeRefs(db);
  const path = shortestPath(new Adjacency(db), refs.require(from, 'from'), refs.require(to, 'to'), maxHops);
  if (!path) return { found: false, nodeIds: [], slice: { nodes: [], edges: [], truncated: false } };
  return { found: true, nodeIds: path.map((k) => refs.idOf(k)), slice: sliceOf(db, path) };
}
