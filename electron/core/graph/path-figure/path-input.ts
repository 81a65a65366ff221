import type Database from 'better-sqlite3';
import { nodeId } from '../../../../shared/domain/graph';
import type { FigureFlow, FigureInput } from '../../../../shared/figure/types';
import { assignRoles, type DraftNode, type RoleContext } from './assign-roles';
import { PathLedger, type PathTx } from './path-ledger';

/** A path figure stays a figure: beyond this many transactions the rest is left to the tables. */
export const MAX_PATH_TXS = 80;

export interface PathSpec {
  txs: { chain: string | null; txid: string }[];
  /** Node ids (shared/domain/graph nodeId) of the finding's subjects: drawn on their own, never folded. */
  subjects: ReadonlySet<string>;
  commingling: boolean;
  /** Subject transactions that spend pool payouts with tainted funds (co-spend). */
  spends: ReadonlySet<string>;
}

/**
 * The figure input of a path: the given transactions with the addresses they spend from and pay to, the coinbases
 * behind pool payouts, and the off-chain links of the hash-rental deposits among them (deposit -> rental service ->
 * the payout address the order named), each node in its role lane.
 */
export function pathFigureInput(db: Database.Database, spec: PathSpec): FigureInput & { truncated: number } {
  const ledger = new PathLedger(db);
  const txs = new Map<string, PathTx>();
  let truncated = 0;
  const add = (tx: PathTx | null): void => {
    if (!tx || txs.has(tx.txid)) return;
    if (txs.size >= MAX_PATH_TXS) truncated += 1;
    else txs.set(tx.txid, tx);
  };
  for (const ref of spec.txs) add(ref.chain ? ledger.tx(ref.chain, ref.txid) : ledger.txAnyChain(ref.txid));
  // A pool payout is read from the coinbase it spends: that coinbase is the "pool coinbase" lane.
  for (const tx of [...txs.values()].filter((t) => t.pool)) {
    for (const input of ledger.inputs(tx)) {
      const prev = input.prevTxid ? ledger.tx(tx.chain, input.prevTxid) : null;
      if (prev?.coinbase) add(prev);
    }
  }

  const nodes = new Map<string, DraftNode>();
  const flows: FigureFlow[] = [];
  const address = (chain: string, key: string): string => {
    const id = nodeId('address', chain, key);
    if (!nodes.has(id)) {
      const name = ledger.name(chain, key);
      nodes.set(id, {
        id, kind: 'address', role: null, chain, key, label: name?.label ?? null, labelSource: name?.source ?? null, entity: name?.actor ?? null, category: name?.category ?? null,
        amount: null, time: null, subject: spec.subjects.has(id),
      });
    }
    return id;
  };
  for (const tx of txs.values()) {
    const id = nodeId('tx', tx.chain, tx.txid);
    const outputs = ledger.outputs(tx);
    // A coinbase is named as the inspector names it: the pool lists' attribution of that coinbase, else a pool tag.
    const taggedPool = tx.coinbase && !tx.minedBy && !tx.pool ? poolOf(ledger, tx.chain, outputs.map((o) => o.address)) : null;
    const poolName = tx.minedBy ?? tx.pool ?? taggedPool;
    nodes.set(id, {
      id, kind: 'tx', role: null, chain: tx.chain, key: tx.txid,
      label: tx.coinbase ? `${poolName ?? 'Pool'} coinbase` : tx.pool ? `${tx.pool} payout` : null,
      labelSource: tx.minedBy ? 'pool attribution of the coinbase (pool lists)' : tx.pool ? 'pool attribution (analysis)' : taggedPool ? 'pool tag of the coinbase output' : null,
      entity: poolName, category: null, amount: tx.value, time: tx.time,
      subject: spec.subjects.has(id), coinbase: tx.coinbase, pool: tx.pool,
    });
    for (const input of ledger.inputs(tx)) flows.push({ from: address(tx.chain, input.address), to: id, amount: input.value, time: tx.time, kind: 'ledger' });
    for (const output of outputs) flows.push({ from: id, to: address(tx.chain, output.address), amount: output.value, time: tx.time, kind: 'ledger' });
  }
  addOffchainLinks(ledger, nodes, flows, address);
  for (const n of nodes.values()) {
    if (n.kind !== 'address') continue;
    const received = flows.filter((f) => f.to === n.id && f.kind === 'ledger');
    n.amount = received.length > 0 ? received.reduce((s, f) => s + BigInt(f.amount ?? '0'), 0n).toString() : null;
    n.time = received.reduce<number | null>((t, f) => (f.time !== null && (t === null || f.time < t) ? f.time : t), null);
  }
  const context: RoleContext = { commingling: spec.commingling, spends: spec.spends };
  assignRoles(nodes, flows, context);
  const degree = new Map<string, number>();
  for (const f of flows) for (const end of [f.from, f.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    nodes: [...nodes.values()].map(({ pool: _pool, ...n }) => ({ ...n, role: n.role ?? 'perpetrator', degree: degree.get(n.id) ?? 0 })),
    flows,
    truncated,
  };
}

/** The pool a coinbase pays: the actor (else tag) of its tagged output address. */
function poolOf(ledger: PathLedger, chain: string, addresses: string[]): string | null {
  for (const a of addresses) {
    const name = ledger.name(chain, a);
    if (name) return name.actor ?? name.label;
  }
  return null;
}

/** Deposit address -> rental service (the order) -> the payout address the order named, for deposits in the figure. */
function addOffchainLinks(ledger: PathLedger, nodes: Map<string, DraftNode>, flows: FigureFlow[], address: (chain: string, key: string) => string): void {
  for (const n of [...nodes.values()]) {
    if (n.kind !== 'address') continue;
    for (const link of ledger.links(n.chain, n.key).filter((l) => l.from === n.key)) {
      const service = link.service ?? 'Rental service';
      const id = `service:${n.chain}:${service}`;
      if (!nodes.has(id)) {
        nodes.set(id, { id, kind: 'service', role: null, chain: n.chain, key: service, label: service, labelSource: 'hash-rental deposit annotation', entity: service, category: 'hash_rental_marketplace', amount: null, time: null, subject: false });
      }
      const reference = [link.orderId ? `order ${link.orderId}` : null, link.document].filter(Boolean).join(', ') || null;
      flows.push({ from: n.id, to: id, amount: null, time: null, kind: 'offchain', reference });
      flows.push({ from: id, to: address(n.chain, link.to), amount: null, time: null, kind: 'offchain', reference: null });
    }
  }
}
