import type { FigureEdge, FigureNode } from './model';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A deterministic left-to-right layout for figures without a saved view: a transaction sits one layer after the
 * latest transaction that funded one of its inputs (visited in time order); an address sits between the transaction
 * that pays it and the one that spends it. Within a layer nodes are ordered by time, then id.
 */
export function layeredLayout(nodes: FigureNode[], edges: FigureEdge[], times: Map<string, number | null>): FigureNode[] {
  const txs = nodes.filter((v) => v.kind === 'tx');
  const time = (id: string): number => times.get(id) ?? Number.MAX_SAFE_INTEGER;
  txs.sort((a, b) => time(a.id) - time(b.id) || byId(a, b));
  const payers = new Map<string, string[]>();
  const spenders = new Map<string, string[]>();
  for (const e of edges) {
    if (times.has(e.from)) payers.set(e.to, [...(payers.get(e.to) ?? []), e.from]);
    else spenders.set(e.from, [...(spenders.get(e.from) ?? []), e.to]);
  }
  const layer = new Map<string, number>();
  for (const tx of txs) {
    const funding = edges.filter((e) => e.to === tx.id).flatMap((e) => payers.get(e.from) ?? []);
    const before = funding.map((f) => layer.get(f)).filter((l): l is number => l !== undefined);
    layer.set(tx.id, before.length > 0 ? Math.max(...before) + 2 : 1);
  }
  for (const v of nodes) {
    if (v.kind === 'tx') continue;
    const paid = (payers.get(v.id) ?? []).map((t) => layer.get(t) ?? 1);
    const spent = (spenders.get(v.id) ?? []).map((t) => layer.get(t) ?? 1);
    layer.set(v.id, paid.length > 0 ? Math.min(...paid) + 1 : spent.length > 0 ? Math.min(...spent) - 1 : 0);
  }
  const columns = new Map<number, FigureNode[]>();
  for (const v of nodes) columns.set(layer.get(v.id) ?? 0, [...(columns.get(layer.get(v.id) ?? 0) ?? []), v]);
  const placed: FigureNode[] = [];
  for (const [col, members] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    members.sort((a, b) => time(a.id) - time(b.id) || byId(a, b));
    members.forEach((v, i) => placed.push({ ...v, x: col * 120, y: (i - (members.length - 1) / 2) * 40 }));
  }
  return placed;
}
