import type Database from 'better-sqlite3';
import type { ExpandCounts, ExpandDirection } from '../../../shared/api/methods/graph';
import type { GraphSlice } from '../../../shared/domain/graph';
import { Adjacency } from './adjacency';
import { NodeRefs, type NodeKey } from './node-ref';
import { sliceOf } from './slice';

/**
 * Breadth-first walk from `seeds` up to `hops`, stopping once `cap` new nodes are found. Returns the new nodes in
 * discovery order (nearest first), and whether the cap cut the walk short.
 */
function walk(adjacency: Adjacency, seeds: NodeKey[], direction: ExpandDirection, hops: number, cap: number): { found: NodeKey[]; capped: boolean } {
  const seen = new Set<NodeKey>(seeds);
  const found: NodeKey[] = [];
  let frontier = seeds;
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: NodeKey[] = [];
    for (const key of frontier) {
      for (const n of adjacency.neighbours(key, direction, cap + 1)) {
        if (seen.has(n)) continue;
        if (found.length >= cap) return { found, capped: true };
        seen.add(n);
        found.push(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return { found, capped: false };
}

export interface ExpandRequest { nodeIds: string[]; direction: ExpandDirection; hops: number }

/** The seeds plus at most `limit` new neighbours, with every ledger edge between them; truncated when more exist. */
export function expandNodes(db: Database.Database, request: ExpandRequest & { limit: number }): GraphSlice {
  const refs = new NodeRefs(db);
  const seeds = request.nodeIds.map((id, i) => refs.require(id, `nodeIds.${i}`));
  const { found, capped } = walk(new Adjacency(db), seeds, request.direction, request.hops, request.limit);
  return sliceOf(db, [...seeds, ...found], capped);
}

/** What an expansion would add, counted before the UI asks the analyst to confirm a large one. */
export function expandCounts(db: Database.Database, request: ExpandRequest & { cap: number }): ExpandCounts {
  const refs = new NodeRefs(db);
  const adjacency = new Adjacency(db);
  const seeds = request.nodeIds.map((id, i) => refs.require(id, `nodeIds.${i}`));
  const seedSet = new Set(seeds);
  const perNode = seeds.map((seed, i) => {
    const { found, capped } = walk(adjacency, [seed], request.direction, request.hops, request.cap + seedSet.size);
    const count = found.filter((k) => !seedSet.has(k)).length;
    return { nodeId: request.nodeIds[i] as string, count: Math.min(count, request.cap), capped: capped || count > request.cap };
  });
  const all = walk(adjacency, seeds, request.direction, request.hops, request.cap);
  return { perNode, total: all.found.length, capped: all.capped };
}
