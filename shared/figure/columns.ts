import type { FigureFlow, Role } from './types';

/**
 * Sub-columns within a lane: a node one step downstream of another node of the same lane (a deposit transaction and
 * the deposit address it pays) stands one column further right. Depth is the longest such chain, capped at `max`.
 */
export function laneDepths(nodes: readonly { id: string; role: Role }[], flows: readonly FigureFlow[], max = 2): Map<string, number> {
  const role = new Map(nodes.map((n) => [n.id, n.role]));
  const inner = flows.filter((f) => f.kind === 'ledger' && role.get(f.from) !== undefined && role.get(f.from) === role.get(f.to));
  const depth = new Map(nodes.map((n) => [n.id, 0]));
  // Relaxation over at most `max` rounds: bounded even when the ledger cycles (change back to the sender).
  for (let round = 0; round < max; round++) {
    let changed = false;
    for (const f of inner) {
      const next = Math.min(max, (depth.get(f.from) ?? 0) + 1);
      if (next > (depth.get(f.to) ?? 0)) {
        depth.set(f.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}
