import type Database from 'better-sqlite3';
import type { AnalysisSettings, AnalysisSettingsPatch, AnalysisSummary, ClusteringDiff } from '../../../shared/domain/analysis';
import { appendAudit } from '../audit/audit-log';
import { attributeCoinbases } from '../attribution/coinbase-attribution';
import { withoutReferenceChecks } from './batch-insert';
import { clusterLedger, type Clustering } from './cluster/clustering';
import { storeClustering } from './cluster/cluster-store';
import { APP_VERSION } from '../app-version';
import { guardFindings, GUARD_DETECTOR } from './detectors/cluster-guard';
import { COSPEND_DETECTOR, cospendFindings, DEPOSIT_PAYOUT_DETECTOR, depositPayoutFindings, LANDING_DETECTOR, landingFindings } from './detectors/commingling';
import type { DetectorContext } from './detectors/context';
import { exposureFindings, EXPOSURE_DETECTOR } from './detectors/exposure';
import { RENTAL_DETECTOR, rentalDepositFindings } from './detectors/rental-deposits';
import { saveFindings } from './findings/finding-store';
import { ledgerOf, type LoadedLedger } from './graph/graph-cache';
import { loadOffchainLinks } from './links';
import { computeLineage } from './mining/lineage';
import { Names } from './names';
import { loadSettings, saveSettings } from './settings';
import { ABUSE_CATEGORIES, TRACE_STOP_CATEGORIES } from '../../../shared/category/categories';
import { addressesWith, hasCategory, loadAddressTags, type AddressTag } from './tags';
import { resolveSeeds } from './taint/seeds';
import { traceTaint } from './taint/trace-engine';

export const DETECTORS = [GUARD_DETECTOR, RENTAL_DETECTOR, COSPEND_DETECTOR, LANDING_DETECTOR, DEPOSIT_PAYOUT_DETECTOR, EXPOSURE_DETECTOR];

/** Clusters the case with the current settings and stores the result; returns what changed against the last run. */
export function recluster(db: Database.Database, ledger: LoadedLedger, tags: Map<number, AddressTag[]>, settings: AnalysisSettings): { clustering: Clustering; diff: ClusteringDiff; ids: Int32Array } {
  const clustering = clusterLedger(ledger.g, tags, settings);
  return { clustering, ...storeClustering(db, clustering, tags) };
}

/** analysis.settings.set: saves the settings and re-clusters with them, in one transaction; returns the difference. */
export function applySettings(db: Database.Database, patch: AnalysisSettingsPatch): { settings: AnalysisSettings; diff: ClusteringDiff } {
  return withoutReferenceChecks(
    db,
    db.transaction(() => {
      const settings = saveSettings(db, patch);
      const { diff } = recluster(db, ledgerOf(db), loadAddressTags(db), settings);
      return { settings, diff };
    }),
  );
}

/** Taint seeds: every output received by an abuse-tagged address, plus the analyst's own seeds. */
export function taintSeeds(db: Database.Database, ledger: LoadedLedger, tags: Map<number, AddressTag[]>, settings: AnalysisSettings): Map<number, number> {
  const { g } = ledger;
  const index = ledger.index();
  const seeds = resolveSeeds(db, ledger, settings.taintSeeds).seeds;
  for (const addr of addressesWith(tags, ABUSE_CATEGORIES)) {
    for (let p = index.outStart[addr] as number; p < (index.outStart[addr + 1] as number); p++) {
      const k = index.outs[p] as number;
      seeds.set(k, g.outValue[k] as number);
    }
  }
  return seeds;
}

/**
 * analysis.run: clustering, M2 lineage, on-chain taint from abuse-tagged funds, then every detector; one transaction
 * with one audit entry. Findings are upserted by fingerprint, so re-running keeps the analyst's decisions.
 */
export function runAnalysis(db: Database.Database, now: Date = new Date()): AnalysisSummary {
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const t = performance.now();
    const result = work();
    timings[name] = Math.round(performance.now() - t) / 1000;
    return result;
  };
  const ledger = timed('load', () => ledgerOf(db));
  return withoutReferenceChecks(db, db.transaction(() => {
    const settings = loadSettings(db);
    const tags = loadAddressTags(db);
    const { clustering, diff, ids } = timed('cluster', () => recluster(db, ledger, tags, settings));
    // Coinbases from cases made before per-coinbase attribution (or missed by a list) are attributed first.
    timed('attribution', () => attributeCoinbases(db, { unanswered: true }));
    const lineage = timed('lineage', () => computeLineage(db, ledger, settings));
    const stop = new Set<string>(TRACE_STOP_CATEGORIES);
    const taint = timed('taint', () =>
      traceTaint(ledger, taintSeeds(db, ledger, tags, settings), {
        direction: 'forward', models: ['poison', 'haircut'], hops: settings.taintHops, minAmount: 0, fromTime: null, toTime: null,
        isStop: (addr) => hasCategory(tags.get(addr), stop),
        maxDegree: null, feeTaint: false, links: new Map(), offchainWindow: 0,
      }),
    );
    const { uf } = clustering;
    const ctx: DetectorContext = {
      db, ledger, settings, tags, taint, lineage, names: new Names(db), links: loadOffchainLinks(db),
      clusterOf: (addr) => (addr < ids.length ? (ids[addr] as number) : addr),
      clusterSize: (addr) => (addr < ids.length ? (uf.size[uf.find(addr)] as number) : 1),
    };
    const drafts = timed('detect', () => [
      ...guardFindings(ctx, clustering.guards),
      ...rentalDepositFindings(ctx),
      ...cospendFindings(ctx),
      ...landingFindings(ctx),
      ...depositPayoutFindings(ctx),
      ...exposureFindings(ctx),
    ]);
    const saved = saveFindings(db, drafts, DETECTORS, now.toISOString());
    const findings: Record<string, number> = Object.fromEntries(DETECTORS.map((d) => [d, drafts.filter((f) => f.detector === d).length]));
    const summary: AnalysisSummary = {
      clusters: diff.clustersAfter,
      clusteredAddresses: db.prepare('SELECT count(*) FROM cluster_members').pluck().get() as number,
      coinjoins: clustering.coinjoins.size,
      poolPayouts: lineage.payouts.size,
      taintedOutputs: taint.hop.size,
      findings,
      diff,
      timings,
    };
    appendAudit(db, 'analysis.run', { appVersion: APP_VERSION, settings, findings, removed: saved.removed, clusters: summary.clusters }, { now: () => now });
    return summary;
  }));
}
