import { fallsUnder, HASH_RENTAL } from '../../../../shared/category/categories';
import { categoryClass } from '../../../../shared/category/category-classes';
import type { FigureFlow, FigureInputNode, Role } from '../../../../shared/figure/types';

export type DraftNode = Omit<FigureInputNode, 'role' | 'degree'> & { role: Role | null; pool?: string | null };

export interface RoleContext {
  /** Commingling findings: their subject wallets that received pool payouts are the commingled wallet. */
  commingling: boolean;
  /** Transactions that spend pool payouts together with tainted funds. */
  spends: ReadonlySet<string>;
}

const RENTAL = new Set([HASH_RENTAL]);

/** What a tag says about a node's place in the path, before the ledger is consulted. */
function roleByName(n: DraftNode): Role | null {
  if (n.kind === 'service') return 'rental_service';
  if (n.kind === 'tx') return n.coinbase ? 'coinbase' : n.pool ? 'payout' : null;
  if (fallsUnder(n.category, RENTAL)) return 'rental_deposit';
  switch (categoryClass(n.category)) {
    case 'mining_pool': return 'coinbase';
    case 'victim': return 'source';
    case 'perpetrator': return 'perpetrator';
    case 'sanctioned':
    case 'exchange':
    case 'mixer':
    case 'service': return 'destination';
    default: return null;
  }
}

/**
 * Puts each node of a path in its lane: tags and ledger facts first (coinbase, pool payout, hash-rental address,
 * victim, perpetrator, service), then the rest from their neighbours in time order (what a spend pays is a
 * destination, what a thief's transaction pays stays with the thief).
 */
export function assignRoles(nodes: Map<string, DraftNode>, flows: readonly FigureFlow[], ctx: RoleContext): void {
  const funders = new Map<string, string[]>();
  const spenders = new Map<string, string[]>();
  for (const f of flows) {
    if (f.kind !== 'ledger') continue;
    funders.set(f.to, [...(funders.get(f.to) ?? []), f.from]);
    spenders.set(f.from, [...(spenders.get(f.from) ?? []), f.to]);
  }
  const role = (id: string): Role | null => nodes.get(id)?.role ?? null;
  const offchainTargets = new Set(flows.filter((f) => f.kind === 'offchain' && nodes.get(f.from)?.kind === 'service').map((f) => f.to));

  for (const n of nodes.values()) n.role = ctx.spends.has(n.id) ? 'spend' : roleByName(n);
  for (const n of nodes.values()) {
    if (n.kind === 'tx' && n.role === null && (spenders.get(n.id) ?? []).some((a) => role(a) === 'rental_deposit')) n.role = 'rental_deposit';
  }
  for (const n of nodes.values()) {
    if (n.kind !== 'address' || (n.role !== null && n.role !== 'payout')) continue;
    const paidByPool = (funders.get(n.id) ?? []).some((t) => role(t) === 'payout');
    if (offchainTargets.has(n.id) || (ctx.commingling && n.subject && paidByPool)) n.role = 'commingled';
    else if (paidByPool) n.role = 'payout';
  }
  // The rest in time order, three passes so that a chain of untagged hops settles.
  const ordered = [...nodes.values()].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.id.localeCompare(b.id));
  for (let pass = 0; pass < 3; pass++) {
    for (const n of ordered) {
      if (n.role !== null) continue;
      n.role = n.kind === 'tx' ? txRole(funders.get(n.id) ?? [], role, pass === 2) : addressRole(funders.get(n.id) ?? [], spenders.get(n.id) ?? [], role, pass === 2);
    }
  }
}

function txRole(inputs: string[], role: (id: string) => Role | null, last: boolean): Role | null {
  const roles = inputs.map(role);
  if (roles.includes('commingled')) return 'spend';
  if (roles.length > 0 && roles.every((r) => r === 'source')) return 'source';
  if (roles.some((r) => r !== null) || last) return 'perpetrator';
  return null;
}

function addressRole(funders: string[], spenders: string[], role: (id: string) => Role | null, last: boolean): Role | null {
  const paid = funders.map(role);
  if (paid.includes('spend')) return 'destination';
  if (paid.length > 0 && paid.every((r) => r === 'source')) return 'source';
  if (paid.some((r) => r !== null)) return 'perpetrator';
  if (funders.length === 0 && spenders.length > 0 && spenders.every((t) => role(t) === 'source')) return 'source';
  return funders.length === 0 || last ? 'perpetrator' : null;
}
