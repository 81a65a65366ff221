import type { FigureFlow, FigureInput, FigureInputNode, Role } from './types';

/** Siblings fold only from this many on: two or three stay readable on their own. */
export const FAN_MIN = 4;

export interface FanNode {
  id: string;
  kind: 'fan';
  role: Role;
  chain: string;
  /** The ids folded into the fan. */
  folds: string[];
  /** Sum of the folded flows (base units). */
  amount: string;
  time: number | null;
}

export type FoldedNode = FigureInputNode | FanNode;

/** A node that must stay on its own: a finding subject, a named entity, or what the analyst selected or pinned. */
const keepsApart = (n: FigureInputNode): boolean => n.subject || n.label !== null || !!n.selected || !!n.pinned || n.kind !== 'address';

const fanId = (tx: string, side: 'in' | 'out', role: Role): string => `fan:${side}:${role}:${tx}`;

/**
 * Folds sibling addresses with the same role around one transaction (the 40 recipients of a pool payout, the 30
 * victims paying one thief) into one fan node with the summed amount; subjects, tagged, selected and pinned nodes stay.
 * `expanded` names fans the viewer opened: they are not folded.
 */
export function foldFans(input: FigureInput, expanded: ReadonlySet<string> = new Set()): { nodes: FoldedNode[]; flows: FigureFlow[] } {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const links = new Map<string, FigureFlow[]>();
  for (const f of input.flows) {
    for (const end of [f.from, f.to]) links.set(end, [...(links.get(end) ?? []), f]);
  }
  // Candidates: foldable addresses whose only link is one ledger flow with a transaction.
  const groups = new Map<string, { tx: FigureInputNode; side: 'in' | 'out'; role: Role; members: FigureInputNode[]; flows: FigureFlow[] }>();
  for (const n of input.nodes) {
    const mine = links.get(n.id) ?? [];
    const flow = mine[0];
    if (keepsApart(n) || mine.length !== 1 || !flow || flow.kind !== 'ledger') continue;
    const side = flow.to === n.id ? 'out' : 'in';
    const tx = byId.get(side === 'out' ? flow.from : flow.to);
    if (!tx || tx.kind !== 'tx') continue;
    const id = fanId(tx.id, side, n.role);
    if (expanded.has(id)) continue;
    const group = groups.get(id) ?? { tx, side, role: n.role, members: [], flows: [] };
    group.members.push(n);
    group.flows.push(flow);
    groups.set(id, group);
  }
  const folded = new Set<string>();
  const fans: FanNode[] = [];
  const fanFlows: FigureFlow[] = [];
  for (const [id, g] of groups) {
    if (g.members.length < FAN_MIN) continue;
    for (const m of g.members) folded.add(m.id);
    const amount = g.flows.reduce((sum, f) => sum + BigInt(f.amount ?? '0'), 0n).toString();
    const times = g.flows.map((f) => f.time).filter((t): t is number => t !== null);
    const time = times.length > 0 ? Math.min(...times) : null;
    fans.push({ id, kind: 'fan', role: g.role, chain: g.tx.chain, folds: g.members.map((m) => m.id), amount, time });
    fanFlows.push({ from: g.side === 'out' ? g.tx.id : id, to: g.side === 'out' ? id : g.tx.id, amount, time, kind: 'ledger' });
  }
  return {
    nodes: [...input.nodes.filter((n) => !folded.has(n.id)), ...fans],
    flows: [...input.flows.filter((f) => !folded.has(f.from) && !folded.has(f.to)), ...fanFlows],
  };
}
