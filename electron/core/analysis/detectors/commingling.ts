import type { FindingDraft } from '../findings/finding-store';
import { btc, isoDay } from '../names';
import { SERVICE_CATEGORIES } from '../../../../shared/category/categories';
import { hasCategory } from '../tags';
import { addressSubject, haircutAt, outputRef, ownerTx, pathTxids, poisonAt, sats, timeOf, txSubject, type DetectorContext } from './context';

export const COSPEND_DETECTOR = 'commingling-cospend';
export const LANDING_DETECTOR = 'commingling-landing';
export const DEPOSIT_PAYOUT_DETECTOR = 'commingling-deposit-payout';

const DAY = 86_400;
const isLineage = (ctx: DetectorContext, k: number): boolean => (ctx.lineage.share.get(k) ?? 0) >= ctx.settings.lineageTheta;
const isTainted = (ctx: DetectorContext, k: number): boolean => poisonAt(ctx, k) > 0 && !isLineage(ctx, k);
const unique = (xs: string[]): string[] => [...new Set(xs)];

/** M3 (a): a UTXO with pool lineage >= theta spent in one transaction with a tainted UTXO. */
export function cospendFindings(ctx: DetectorContext): FindingDraft[] {
  const { g } = ctx.ledger;
  const txs = new Set<number>();
  for (const k of ctx.lineage.share.keys()) if (isLineage(ctx, k) && g.outSpentBy[k]) txs.add(g.outSpentBy[k] as number);
  const drafts: FindingDraft[] = [];
  for (const tx of txs) {
    const pool: number[] = [];
    const tainted: number[] = [];
    for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) {
      const prev = g.inPrev[i] as number;
      if (prev < 0) continue;
      if (isLineage(ctx, prev)) pool.push(prev);
      else if (isTainted(ctx, prev)) tainted.push(prev);
    }
    if (pool.length === 0 || tainted.length === 0) continue;
    const poolValue = pool.reduce((s, k) => s + (g.outValue[k] as number), 0);
    const taintValue = tainted.reduce((s, k) => s + haircutAt(ctx, k), 0);
    const pools = unique(pool.map((k) => ctx.lineage.pool.get(k) ?? '?'));
    const time = g.txTime[tx] as number;
    drafts.push({
      detector: COSPEND_DETECTOR,
      key: ctx.names.txid(tx),
      severity: 'critical',
      title: 'Mining-pool payouts spent together with tainted funds',
      explanation:
        `Transaction ${ctx.names.txid(tx)} (${isoDay(time)} UTC) spends ${pool.length} output(s) descending from ${pools.join(', ')} ` +
        `coinbases (${btc(poolValue)}) together with ${tainted.length} output(s) carrying ${btc(taintValue)} of taint (haircut). ` +
        'Spending them together shows one controller of the pool payouts and the tainted funds.',
      subjects: [txSubject(ctx, tx), ...unique([...pool, ...tainted].map((k) => ctx.names.address(g.outAddr[k] as number))).map((id) => ({ type: 'address' as const, id }))],
      evidenceTxids: unique([...pool.map((k) => ctx.names.txid(ownerTx(ctx, k))), ...tainted.flatMap((k) => pathTxids(ctx, k)), ctx.names.txid(tx)]),
      amounts: { poolLineage: sats(poolValue), taintHaircut: sats(taintValue) },
      firstTime: Math.min(...[...pool, ...tainted].map((k) => timeOf(ctx, k))),
      lastTime: time,
      params: { lineageTheta: ctx.settings.lineageTheta, lineageHops: ctx.settings.lineageHops, taintHops: ctx.settings.taintHops },
    });
  }
  return drafts;
}

/** M3 (b): pool-lineage funds and tainted funds landing in one address, or one cluster, within a time window. */
export function landingFindings(ctx: DetectorContext): FindingDraft[] {
  const { g } = ctx.ledger;
  const window = ctx.settings.commingleWindowDays * DAY;
  const byAddress = new Map<number, { pool: number[]; tainted: number[] }>();
  const note = (k: number, kind: 'pool' | 'tainted'): void => {
    const addr = g.outAddr[k] as number;
    if (addr === 0 || hasCategory(ctx.tags.get(addr), SERVICE_CATEGORIES)) return;
    const entry = byAddress.get(addr) ?? { pool: [], tainted: [] };
    entry[kind].push(k);
    byAddress.set(addr, entry);
  };
  for (const k of ctx.lineage.share.keys()) if (isLineage(ctx, k)) note(k, 'pool');
  for (const k of ctx.taint.hop.keys()) if ((ctx.taint.hop.get(k) ?? 0) > 0 && isTainted(ctx, k)) note(k, 'tainted');

  const byCluster = new Map<number, { pool: number[]; tainted: number[] }>();
  for (const [addr, entry] of byAddress) {
    if (ctx.clusterSize(addr) < 2) continue;
    const id = ctx.clusterOf(addr);
    const acc = byCluster.get(id) ?? { pool: [], tainted: [] };
    acc.pool.push(...entry.pool);
    acc.tainted.push(...entry.tainted);
    byCluster.set(id, acc);
  }
  const drafts: FindingDraft[] = [];
  const judge = (scope: 'address' | 'cluster', id: number, entry: { pool: number[]; tainted: number[] }): void => {
    const pairs = entry.pool.flatMap((p) =>
      entry.tainted
        .filter((t) => Math.abs(timeOf(ctx, p) - timeOf(ctx, t)) <= window)
        .filter((t) => scope === 'address' || g.outAddr[t] !== g.outAddr[p])
        .map((t) => [p, t] as const),
    );
    if (pairs.length === 0) return;
    const pool = unique(pairs.map(([p]) => `${p}`)).map(Number);
    const tainted = unique(pairs.map(([, t]) => `${t}`)).map(Number);
    const times = [...pool, ...tainted].map((k) => timeOf(ctx, k));
    const where = scope === 'address' ? `address ${ctx.names.address(id)}` : `cluster ${id} (${ctx.clusterSize(id)} addresses)`;
    drafts.push({
      detector: LANDING_DETECTOR,
      key: `${scope}:${scope === 'address' ? ctx.names.address(id) : id}`,
      severity: 'high',
      title: `Pool payouts and tainted funds land in one ${scope}`,
      explanation:
        `${where} received ${btc(pool.reduce((s, k) => s + (g.outValue[k] as number), 0))} descending from mining-pool coinbases and ` +
        `${btc(tainted.reduce((s, k) => s + haircutAt(ctx, k), 0))} of tainted funds (haircut) within ${ctx.settings.commingleWindowDays} days ` +
        `(${isoDay(Math.min(...times))} to ${isoDay(Math.max(...times))} UTC).`,
      subjects: [
        scope === 'address' ? addressSubject(ctx, id) : { type: 'cluster', id: `${id}` },
        ...[...pool, ...tainted].map((k) => ({ type: 'output' as const, id: outputRef(ctx, k) })),
      ],
      evidenceTxids: unique([...pool.map((k) => ctx.names.txid(ownerTx(ctx, k))), ...tainted.flatMap((k) => pathTxids(ctx, k))]),
      amounts: {
        poolLineage: sats(pool.reduce((s, k) => s + (g.outValue[k] as number), 0)),
        taintHaircut: sats(tainted.reduce((s, k) => s + haircutAt(ctx, k), 0)),
      },
      firstTime: Math.min(...times),
      lastTime: Math.max(...times),
      params: { commingleWindowDays: ctx.settings.commingleWindowDays, lineageTheta: ctx.settings.lineageTheta },
    });
  };
  for (const [addr, entry] of byAddress) judge('address', addr, entry);
  for (const [id, entry] of byCluster) judge('cluster', id, entry);
  return drafts;
}

/**
 * M3 (c): deposits D to a hash-rental service from T0, linked off-chain to a payout address, followed within the window
 * by pool payouts to that address's cluster totalling D x ratio within the tolerance.
 */
export function depositPayoutFindings(ctx: DetectorContext): FindingDraft[] {
  const { g } = ctx.ledger;
  const index = ctx.ledger.index();
  const receipts = (addr: number): number[] => Array.from(index.outs.subarray(index.outStart[addr] as number, index.outStart[addr + 1] as number));
  const byPayout = new Map<number, Set<number>>();
  for (const links of ctx.links.values()) {
    for (const link of links) {
      const set = byPayout.get(link.to) ?? new Set<number>();
      for (const k of receipts(link.from)) set.add(k);
      byPayout.set(link.to, set);
    }
  }
  const members = ctx.db.prepare('SELECT address_id FROM cluster_members WHERE cluster_id = ?').pluck();
  const drafts: FindingDraft[] = [];
  const { depositWindowDays, depositPayoutRatio, depositTolerance } = ctx.settings;
  for (const [payoutAddr, depositSet] of byPayout) {
    const deposits = [...depositSet].sort((a, b) => timeOf(ctx, a) - timeOf(ctx, b));
    if (deposits.length === 0) continue;
    const D = deposits.reduce((s, k) => s + (g.outValue[k] as number), 0);
    const t0 = timeOf(ctx, deposits[0] as number);
    const tEnd = timeOf(ctx, deposits[deposits.length - 1] as number) + depositWindowDays * DAY;
    const wallets = ctx.clusterSize(payoutAddr) > 1 ? (members.all(ctx.clusterOf(payoutAddr)) as number[]) : [payoutAddr];
    const payouts = wallets.flatMap(receipts).filter((k) => isLineage(ctx, k) && timeOf(ctx, k) >= t0 && timeOf(ctx, k) <= tEnd);
    const S = payouts.reduce((s, k) => s + (g.outValue[k] as number), 0);
    const expected = D * depositPayoutRatio;
    if (payouts.length === 0 || Math.abs(S - expected) > depositTolerance * expected) continue;
    const tainted = deposits.some((k) => poisonAt(ctx, k) > 0);
    const times = [...deposits, ...payouts].map((k) => timeOf(ctx, k));
    drafts.push({
      detector: DEPOSIT_PAYOUT_DETECTOR,
      key: `payout:${ctx.names.address(payoutAddr)}`,
      severity: tainted ? 'critical' : 'high',
      title: 'Hash-rental deposits matched by pool payouts to the linked wallet',
      explanation:
        `${deposits.length} deposit(s) totalling ${btc(D)} from ${isoDay(t0)} UTC to hash-rental addresses linked off-chain to ` +
        `${ctx.names.address(payoutAddr)} were followed by ${payouts.length} pool payout(s) totalling ${btc(S)} to that wallet` +
        `${wallets.length > 1 ? ` or its cluster (${wallets.length} addresses)` : ''} within ${depositWindowDays} days: ` +
        `${((S / expected) * 100).toFixed(1)}% of the deposits x ${depositPayoutRatio} (tolerance ${depositTolerance * 100}%).` +
        (tainted ? ' The deposits carry taint from abuse-tagged funds.' : ''),
      subjects: [addressSubject(ctx, payoutAddr), ...unique(deposits.map((k) => ctx.names.address(g.outAddr[k] as number))).map((id) => ({ type: 'address' as const, id }))],
      evidenceTxids: unique([...deposits, ...payouts].map((k) => ctx.names.txid(ownerTx(ctx, k)))),
      amounts: { deposits: sats(D), payouts: sats(S), expected: sats(expected) },
      firstTime: Math.min(...times),
      lastTime: Math.max(...times),
      params: { depositWindowDays, depositPayoutRatio, depositTolerance, lineageTheta: ctx.settings.lineageTheta },
    });
  }
  return drafts;
}
