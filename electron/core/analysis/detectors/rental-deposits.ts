import type { FindingDraft } from '../findings/finding-store';
import { btc, isoDay } from '../names';
import { fallsUnder, HASH_RENTAL } from '../../../../shared/category/categories';
import { hasCategory } from '../tags';
import { addressSubject, haircutAt, outputRef, ownerTx, pathTxids, poisonAt, sats, timeOf, txSubject, type DetectorContext } from './context';

export const RENTAL_DETECTOR = 'hash-rental-deposit';

/** Tainted funds that reach an address tagged as a hash-rental marketplace within k hops: the start of the typology. */
export function rentalDepositFindings(ctx: DetectorContext): FindingDraft[] {
  const { g } = ctx.ledger;
  const drafts: FindingDraft[] = [];
  const rental = new Set<string>([HASH_RENTAL]);
  for (const [k, hop] of ctx.taint.hop.entries()) {
    if (hop === 0 || hop > ctx.settings.rentalHops || poisonAt(ctx, k) <= 0) continue;
    const addr = g.outAddr[k] as number;
    const tags = ctx.tags.get(addr);
    if (!hasCategory(tags, rental)) continue;
    const service = tags?.find((t) => fallsUnder(t.category, rental));
    const value = g.outValue[k] as number;
    const taint = haircutAt(ctx, k);
    const tx = ownerTx(ctx, k);
    const path = pathTxids(ctx, k);
    drafts.push({
      detector: RENTAL_DETECTOR,
      key: outputRef(ctx, k),
      severity: 'high',
      title: `Tainted funds deposited to ${service?.label ?? 'a hash-rental service'}`,
      explanation:
        `${btc(value)} was paid to ${ctx.names.address(addr)} (${service?.label ?? HASH_RENTAL}) on ${isoDay(timeOf(ctx, k))} UTC, ` +
        `${hop} hop(s) from abuse-tagged funds; ${btc(taint)} of it is tainted under the haircut model (poison: all of it). ` +
        `Path: ${path.join(' -> ')}.`,
      subjects: [addressSubject(ctx, addr), { type: 'output', id: outputRef(ctx, k) }, txSubject(ctx, tx)],
      evidenceTxids: path,
      amounts: { deposit: sats(value), taintHaircut: sats(taint), taintPoison: sats(poisonAt(ctx, k)) },
      firstTime: timeOf(ctx, k),
      lastTime: timeOf(ctx, k),
      params: { rentalHops: ctx.settings.rentalHops, hop, taintHops: ctx.settings.taintHops },
    });
  }
  return drafts;
}
