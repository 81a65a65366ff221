import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/analysis';
import { CaseFile } from '../case/case-file';
import { writeDemoCase } from '../demo/write-case';
import type { DemoTruth } from '../demo/typology';
import { tempDir } from '../test-support/fixtures';
import { getCluster, whyClustered } from './cluster/cluster-queries';
import { listFindings, setFindingStatus } from './findings/finding-store';
import { runAnalysis } from './run-analysis';

/** The planted story must be found in full, and nothing may point at the decoys. */
describe('analysis on the demo case', () => {
  const tmp = tempDir();
  const casePath = path.join(tmp.dir, 'demo.assay');
  let file: CaseFile;
  let truth: DemoTruth;
  let findings: Finding[];
  const of = (detector: string) => findings.filter((f) => f.detector === detector);
  const mentions = (f: Finding, id: string) => f.subjects.some((s) => s.id === id || s.id.startsWith(`${id}:`)) || f.evidenceTxids.includes(id);

  beforeAll(() => {
    file = CaseFile.create(casePath, { title: 'demo' });
    truth = writeDemoCase(file.db).truth;
    runAnalysis(file.db);
    findings = listFindings(file.db, { limit: 1000 });
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('finds every tainted hash-rental deposit, and not the clean one', () => {
    const found = of('hash-rental-deposit').map((f) => f.subjects[0]?.id).sort();
    expect(found).toEqual(truth.rentalDeposits.map((d) => d.address).sort());
    const seedTxids = truth.seeds.map((s) => s.split(':')[0]);
    for (const f of of('hash-rental-deposit')) expect(seedTxids).toContain(f.evidenceTxids[0]);
  });

  it('finds the co-spend (a), both landings (b) and the deposit-payout match (c)', () => {
    expect(of('commingling-cospend').map((f) => f.subjects[0]?.id)).toEqual([truth.coSpendTxid]);
    const landing = of('commingling-landing');
    expect(landing.some((f) => f.subjects[0]?.type === 'address' && f.subjects[0].id === truth.commingledAddress)).toBe(true);
    expect(landing.some((f) => f.subjects[0]?.type === 'cluster')).toBe(true);
    const match = of('commingling-deposit-payout');
    expect(match).toHaveLength(1);
    expect(match[0]?.subjects[0]?.id).toBe(truth.payoutWallet);
    expect(match[0]?.amounts.deposits).toBe(truth.rentalDeposits.reduce((s, d) => s + d.value, 0n).toString());
    for (const txid of truth.poolPayoutTxids) expect(match[0]?.evidenceTxids).toContain(txid);
  });

  it('finds the payment to the sanctioned address', () => {
    expect(of('exposure').some((f) => f.amounts.sentToSanctioned === '35000000')).toBe(true);
  });

  it('raises nothing on the decoys', () => {
    const decoys = [
      ...truth.decoys.users, ...truth.decoys.unrelatedMiners, truth.decoys.hotWallet, truth.decoys.cleanRentalDeposit,
      truth.decoys.coinjoinTxid, ...truth.decoys.unrelatedPayoutTxids, ...truth.victims,
    ];
    for (const f of findings) for (const d of decoys) expect(mentions(f, d), `${f.detector} mentions decoy ${d}`).toBe(false);
  });

  it('vetoes the CoinJoin, follows the peel chain, detects pool payouts and explains the co-spend merge', () => {
    const db = file.db;
    const vetoed = db.prepare(`SELECT t.txid FROM cluster_evidence e JOIN transactions t ON t.id = e.tx_id WHERE e.heuristic = 'C2'`).pluck().all();
    expect(vetoed).toEqual([truth.decoys.coinjoinTxid]);
    const peels = db.prepare(`SELECT t.txid FROM cluster_evidence e JOIN transactions t ON t.id = e.tx_id WHERE e.heuristic = 'C4'`).pluck().all();
    // Every step but the last (its change is swept by the multi-input co-spend) continues the chain.
    expect(peels).toEqual(expect.arrayContaining(truth.peelTxids.slice(0, -1)));
    expect(peels).not.toContain(truth.peelTxids.at(-1));
    const payouts = db.prepare('SELECT t.txid FROM pool_payouts p JOIN transactions t ON t.id = p.tx_id').pluck().all();
    expect(payouts).toEqual(expect.arrayContaining([...truth.poolPayoutTxids, ...truth.decoys.unrelatedPayoutTxids]));
    const why = whyClustered(db, truth.payoutWallet, truth.collectors[0] as string);
    expect(why.sameCluster).toBe(false);
    const cluster = getCluster(db, truth.payoutWallet, 100);
    const other = cluster.members.map((m) => m.address).find((a) => a !== truth.payoutWallet) as string;
    const chain = whyClustered(db, truth.payoutWallet, other).chain;
    expect(chain).toEqual([expect.objectContaining({ heuristic: 'C1', txid: truth.coSpendTxid, merged: true })]);
    const collectors = getCluster(db, truth.collectors[0] as string, 100);
    expect(collectors.members.map((m) => m.address).sort()).toEqual([...truth.collectors].sort());
    expect(collectors.label).toMatchObject({ category: 'perpetrator', weight: 2.7 });
  });

  it('re-running is idempotent and keeps the analyst decisions', () => {
    const target = of('exposure')[0] as Finding;
    setFindingStatus(file.db, target.id, 'dismissed', 'known victim-side wallet', new Date().toISOString());
    runAnalysis(file.db);
    const again = listFindings(file.db, { limit: 1000 });
    expect(again.map((f) => [f.id, f.fingerprint])).toEqual(findings.map((f) => [f.id, f.fingerprint]));
    expect(again.find((f) => f.id === target.id)).toMatchObject({ status: 'dismissed', statusReason: 'known victim-side wallet' });
  });
});
