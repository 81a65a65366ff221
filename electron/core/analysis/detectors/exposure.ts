import type { FindingDraft } from '../findings/finding-store';
import { btc } from '../names';
import { ABUSE_CATEGORIES, SANCTION_CATEGORIES } from '../../../../shared/category/categories';
import { addressesWith } from '../tags';
import { haircutAt, ownerTx, sats, timeOf, type DetectorContext } from './context';

export const EXPOSURE_DETECTOR = 'exposure';

interface Exposure {
  direct: number;
  indirect: number;
  sentToSanctioned: number;
  txs: Set<number>;
  times: number[];
}

/**
 * Direct (one hop) and indirect (up to k hops) exposure of each cluster to funds from sanctioned or abuse-tagged
 * addresses (haircut amounts), plus payments it made to sanctioned addresses. Clusters holding such addresses are the
 * sources, not exposed parties.
 */
export function exposureFindings(ctx: DetectorContext): FindingDraft[] {
  const { g } = ctx.ledger;
  const flagged = addressesWith(ctx.tags, ABUSE_CATEGORIES);
  const sourceClusters = new Set([...flagged].map((a) => ctx.clusterOf(a)));
  const exposures = new Map<number, Exposure>();
  const at = (cluster: number): Exposure => {
    let e = exposures.get(cluster);
    if (!e) exposures.set(cluster, (e = { direct: 0, indirect: 0, sentToSanctioned: 0, txs: new Set(), times: [] }));
    return e;
  };
  for (const [k, hop] of ctx.taint.hop.entries()) {
    const addr = g.outAddr[k] as number;
    const taint = haircutAt(ctx, k);
    if (hop === 0 || hop > ctx.settings.exposureHops || addr === 0 || taint <= 0 || sourceClusters.has(ctx.clusterOf(addr))) continue;
    const e = at(ctx.clusterOf(addr));
    if (hop === 1) e.direct += taint;
    else e.indirect += taint;
    e.txs.add(ownerTx(ctx, k));
    e.times.push(timeOf(ctx, k));
  }
  const index = ctx.ledger.index();
  for (const s of addressesWith(ctx.tags, SANCTION_CATEGORIES)) {
    for (let p = index.outStart[s] as number; p < (index.outStart[s + 1] as number); p++) {
      const k = index.outs[p] as number;
      const tx = ownerTx(ctx, k);
      const payers = new Set<number>();
      for (let i = g.inStart[tx] as number; i < (g.inStart[tx + 1] as number); i++) payers.add(ctx.clusterOf(g.inAddr[i] as number));
      for (const cluster of payers) {
        if (cluster === 0 || sourceClusters.has(cluster)) continue;
        const e = at(cluster);
        e.sentToSanctioned += g.outValue[k] as number;
        e.txs.add(tx);
        e.times.push(timeOf(ctx, k));
      }
    }
  }
  const minimum = Number(ctx.settings.minExposure);
  const drafts: FindingDraft[] = [];
  for (const [cluster, e] of exposures) {
    if (e.direct + e.indirect + e.sentToSanctioned < minimum) continue;
    const name = ctx.names.address(cluster);
    const size = ctx.clusterSize(cluster);
    const parts = [
      e.sentToSanctioned > 0 ? `paid ${btc(e.sentToSanctioned)} to sanctioned addresses` : '',
      e.direct > 0 ? `received ${btc(e.direct)} directly from abuse-tagged sources` : '',
      e.indirect > 0 ? `received ${btc(e.indirect)} indirectly (2-${ctx.settings.exposureHops} hops)` : '',
    ].filter(Boolean);
    drafts.push({
      detector: EXPOSURE_DETECTOR,
      key: `cluster-of:${name}`,
      severity: e.sentToSanctioned > 0 ? 'high' : e.direct > 0 ? 'medium' : 'low',
      title: e.sentToSanctioned > 0 ? 'Payments to a sanctioned address' : e.direct > 0 ? 'Direct exposure to abuse-tagged funds' : 'Indirect exposure to abuse-tagged funds',
      explanation: `${size > 1 ? `Cluster ${cluster} (${size} addresses, including ${name})` : `Address ${name}`} ${parts.join('; ')} (haircut amounts).`,
      subjects: [size > 1 ? { type: 'cluster', id: `${cluster}` } : { type: 'address', id: name }],
      evidenceTxids: [...e.txs].map((tx) => ctx.names.txid(tx)),
      amounts: { direct: sats(e.direct), indirect: sats(e.indirect), sentToSanctioned: sats(e.sentToSanctioned) },
      firstTime: Math.min(...e.times),
      lastTime: Math.max(...e.times),
      params: { exposureHops: ctx.settings.exposureHops, minExposure: ctx.settings.minExposure },
    });
  }
  return drafts;
}
