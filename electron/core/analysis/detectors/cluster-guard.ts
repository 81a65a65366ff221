import type { GuardEvent } from '../cluster/clustering';
import type { FindingDraft } from '../findings/finding-store';
import { addressSubject, txSubject, type DetectorContext } from './context';

export const GUARD_DETECTOR = 'cluster-guard';

/** Merges the analyst should check: they join entities whose tags conflict, or grow a cluster by too much at once. */
export function guardFindings(ctx: DetectorContext, guards: readonly GuardEvent[]): FindingDraft[] {
  return guards.map((e) => {
    const txid = ctx.names.txid(e.tx);
    const a = ctx.names.address(e.a);
    const time = ctx.ledger.g.txTime[e.tx] as number;
    const conflict = e.kind === 'conflict' && e.tags;
    return {
      detector: GUARD_DETECTOR,
      key: `${e.kind}:${txid}:${a}:${e.b}`,
      severity: 'medium' as const,
      title: conflict ? 'Clustering merged entities whose tags conflict' : 'Clustering grew a cluster sharply in one transaction',
      explanation: conflict
        ? `Transaction ${txid} merged the cluster of ${a} (${e.tags?.[0].label}) with that of ${ctx.names.address(e.b)} (${e.tags?.[1].label}). ` +
          'Two different entities in one cluster usually mean a heuristic misfired (a CoinJoin or a service sweeping customer funds); check the evidence or turn the heuristic off.'
        : `Transaction ${txid} added ${e.growth} addresses to the cluster of ${a} at once (guard: ${ctx.settings.guardGrowth}).`,
      subjects: [txSubject(ctx, e.tx), addressSubject(ctx, e.a), ...(e.b ? [addressSubject(ctx, e.b)] : [])],
      evidenceTxids: [txid],
      amounts: {},
      firstTime: time,
      lastTime: time,
      params: { guardGrowth: ctx.settings.guardGrowth, heuristics: ctx.settings.heuristics },
    };
  });
}
