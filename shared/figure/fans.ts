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

const fanId = (side: 'in' | 'out', role: Role): string => `fan:${side}:${role}`;

/**
 * Folds sibling addresses with the same role on the same side of their transactions (the 40 recipients of the pool
 * payouts, the 30 victims paying the thieves) into one fan node, linked to each of those transactions with the summed
 * amounts;
 * subjects, tagged, selected and pinned nodes stay. `expanded` names fans the viewer opened: they are not folded.
 */
export function foldFans(input: FigureInput, expanded: ReadonlySet<string> = new Set()): { nodes: FoldedNode[]; flows: FigureFlow[] } {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const links = new Map<string, FigureFlow[]>();
  for (const f of input.flows) {
    for (const end of [f.from, f.to]) links.set(end, [...(links.get(end) ?? []), f]);
  }
  // Candidates: foldable addresses whose links are all ledger flows with transactions, all in one direction.
  const groups = new Map<string, { txs: FigureInputNode[]; side: 'in' | 'out'; role: Role; members: FigureInputNode[]; flows: FigureFlow[] }>();
  for (const n of input.nodes) {
    const mine = links.get(n.id) ?? [];
    if (keepsApart(n) || mine.length === 0 || mine.some((f) => f.kind !== 'ledger')) continue;
    const side = mine.every((f) => f.to === n.id) ? 'out' : mine.every((f) => f.from === n.id) ? 'in' : null;
    if (!side) continue;
    const txs = [...new Set(mine.map((f) => (side === 'out' ? f.from : f.to)))].map((id) => byId.get(id));
    if (txs.some((t) => !t || t.kind !== 'tx')) continue;
    const id = fanId(side, n.role);
    if (expanded.has(id)) continue;
    const group = groups.get(id) ?? { txs: [], side, role: n.role, members: [], flows: [] };
    for (const t of txs as FigureInputNode[]) if (!group.txs.includes(t)) group.txs.push(t);
    group.members.push(n);
    group.flows.push(...mine);
    groups.set(id, group);
  }
  const folded = new Set<string>();
  const fans: FanNode[] = [];
  const fanFlows: FigureFlow[] = [];
  const sum = (flows: FigureFlow[]): string => flows.reduce((s, f) => s + BigInt(f.amount ?? '0'), 0n).toString();
  for (const [id, g] of groups) {
    if (g.members.length < FAN_MIN) continue;
    for (const m of g.members) folded.add(m.id);
    const times = g.flows.map((f) => f.time).filter((t): t is number => t !== null);
    const first = g.txs[0] as FigureInputNode;
    fans.push({ id, kind: 'fan', role: g.role, chain: first.chain, folds: g.members.map((m) => m.id), amount: sum(g.flows), time: times.length > 0 ? Math.min(...times) : null });
    for (const tx of g.txs) {
      const mine = g.flows.filter((f) => f.from === tx.id || f.to === tx.id);
      const time = mine.find((f) => f.time !== null)?.time ?? null;
      fanFlows.push({ from: g.side === 'out' ? tx.id : id, to: g.side === 'out' ? id : tx.id, amount: sum(mine), time, kind: 'ledger' });
    }
  }
  return {
    nodes: [...input.nodes.filter((n) => !folded.has(n.id)), ...fans],
    flows: [...input.flows.filter((f) => !folded.has(f.from) && !folded.has(f.to)), ...fanFlows],
  };
}
