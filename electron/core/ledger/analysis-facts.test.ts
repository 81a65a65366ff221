import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COSPEND_DETECTOR, DEPOSIT_PAYOUT_DETECTOR } from '../analysis/detectors/commingling';
import { runAnalysis } from '../analysis/run-analysis';
import { CaseFile } from '../case/case-file';
import { writeDemoCase } from '../demo/write-case';
import type { DemoTruth } from '../demo/typology';
import { tempDir } from '../test-support/fixtures';
import { addressDetails } from './address-details';
import { txDetails } from './tx-details';

/** What the inspector learns from the stored analysis, on the demo case whose story is known. */
describe('analysis facts on addresses and transactions', () => {
  const tmp = tempDir();
  let file: CaseFile;
  let truth: DemoTruth;
  beforeAll(() => {
    file = CaseFile.create(path.join(tmp.dir, 'demo.assay'), { title: 'demo' });
    truth = writeDemoCase(file.db).truth;
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('names every pool list that publishes an address as a payout address, and none for an ordinary one', () => {
    const payout = file.db.prepare(`SELECT pa.address FROM pool_addresses pa JOIN pools p ON p.id = pa.pool_id JOIN addresses a ON a.address = pa.address WHERE p.name = 'F2Pool' LIMIT 1`).pluck().get() as string;
    const lists = addressDetails(file.db, payout).pools;
    expect(lists.length).toBeGreaterThan(0);
    for (const l of lists) expect(l.pool).toBe('F2Pool');
    expect(addressDetails(file.db, truth.payoutWallet).pools).toEqual([]);
  });

  it('says nothing (and says analysis never ran) before analysis.run', () => {
    expect(addressDetails(file.db, truth.payoutWallet).analysis).toEqual({ analyzedAt: null, lineage: [], payouts: [], findings: [] });
    expect(txDetails(file.db, truth.coSpendTxid).analysis.analyzedAt).toBeNull();
  });

  it('gives the payout wallet its pool lineage, the payouts it received and the findings that name it', () => {
    runAnalysis(file.db, new Date('2026-11-25T12:00:00Z'));
    const { analysis } = addressDetails(file.db, truth.payoutWallet);
    expect(analysis.analyzedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(analysis.lineage[0]).toMatchObject({ pool: 'ViaBTC', vout: null });
    expect(analysis.lineage[0]?.share).toBeGreaterThan(0.9);
    expect(analysis.payouts.map((p) => p.txid).sort()).toEqual([...truth.poolPayoutTxids].sort());
    expect(analysis.findings.map((f) => f.detector)).toEqual(expect.arrayContaining([DEPOSIT_PAYOUT_DETECTOR, COSPEND_DETECTOR]));
    for (const f of analysis.findings) expect(f.subjects.length).toBeGreaterThan(0);
    expect(analysis.findings.find((f) => f.detector === DEPOSIT_PAYOUT_DETECTOR)?.subjects[0]).toEqual({ type: 'address', id: truth.payoutWallet });
    // Strongest first, as the findings panel orders them.
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    const ranks = analysis.findings.map((f) => rank.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('leaves a victim with no lineage and no payouts', () => {
    const { analysis } = addressDetails(file.db, truth.victims[0] as string);
    expect(analysis.lineage).toEqual([]);
    expect(analysis.payouts).toEqual([]);
  });

  it('gives a pool payout tx its per-output lineage and payout detection, and the co-spend its finding', () => {
    const payout = txDetails(file.db, truth.poolPayoutTxids[0] as string).analysis;
    expect(payout.payouts).toEqual([expect.objectContaining({ txid: truth.poolPayoutTxids[0], pool: 'ViaBTC' })]);
    expect(new Set(payout.lineage.map((l) => l.vout)).size).toBeGreaterThan(5);
    const cospend = txDetails(file.db, truth.coSpendTxid).analysis;
    expect(cospend.findings.map((f) => f.detector)).toContain(COSPEND_DETECTOR);
  });
});
