import type Database from 'better-sqlite3';
import type { ExpandCounts, ExpandDirection } from '../../../shared/api/methods/graph';
import type { GraphSlice } from '../../../shared/domain/graph';
import { Adjacency } from './adjacency';
import { NodeRefs, type NodeKey } from './node-ref';
import { sliceOf } from './slice';

interface Walk { found: NodeKey[]; reachedShown: NodeKey[]; capped: boolean }

/**
 * Breadth-first walk from `seeds` up to `hops`, stopping once `cap` new nodes are found. Nodes in `shown` are walked
 * through and reported apart (the canvas has them; their edges to new nodes still matter) but never count as new.
 */
function walk(adjacency: Adjacency, seeds: NodeKey[], shown: ReadonlySet<NodeKey>, direction: ExpandDirection, hops: number, cap: number): Walk {
  const seen = new Set<NodeKey>(seeds);
  const result: Walk = { found: [], reachedShown: [], capped: false };
  let frontier = seeds;
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: NodeKey[] = [];
    for (const key of frontier) {
      for (const n of adjacency.neighbours(key, direction, cap + shown.size + 1)) {
        if (seen.has(n)) continue;
        if (!shown.has(n) && result.found.length >= cap) return { ...result, capped: true };
        seen.add(n);
        (shown.has(n) ? result.reachedShown : result.found).push(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return result;
}

export interface ExpandRequest { nodeIds: string[]; shown: string[]; direction: ExpandDirection; hops: number }

function resolve(db: Database.Database, request: ExpandRequest): { seeds: NodeKey[]; shown: Set<NodeKey>; adjacency: Adjacency } {
  const refs = new NodeRefs(db);
  const seeds = request.nodeIds.map((id, i) => refs.require(id, `nodeIds.${i}`));
  const shown = new Set(request.shown.map((id) => refs.find(id)).filter((k): k is NodeKey => k !== null));
  for (const seed of seeds) shown.delete(seed);
  return { seeds, shown, adjacency: new Adjacency(db) };
}

/** The seeds plus at most `limit` new neighbours (and the shown nodes on the way), with every ledger edge between them. */
export function expandNodes(db: Database.Database, request: ExpandRequest & { limit: number }): GraphSlice {
  const { seeds, shown, adjacency } = resolve(db, request);
  const { found, reachedShown, capped } = walk(adjacency, seeds, shown, request.direction, request.hops, request.limit);
  return sliceOf(db, [...seeds, ...reachedShown, ...found], capped);
}

/** What an expansion would add, counted before the UI asks the analyst to confirm a large one. */
export function expandCounts(db: Database.Database, request: ExpandRequest & { cap: number }): ExpandCounts {
  const { seeds, shown, adjacency } = resolve(db, request);
  const seedSet = new Set(seeds);
  const perNode = seeds.map((seed, i) => {
    const { found, capped } = walk(adjacency, [seed], shown, request.direction, request.hops, request.cap + seedSet.size);
    const count = found.filter((k) => !seedSet.has(k)).length;
    return { nodeId: request.nodeIds[i] as string, count: Math.min(count, request.cap), capped: capped || count > request.cap };
  });
  const all = walk(adjacency, seeds, shown, request.direction, request.hops, request.cap);
  return { perNode, total: all.found.length, capped: all.capped };
}
