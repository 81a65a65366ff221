import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../../../shared/domain/analysis';
import { loadLedgerGraph } from '../graph/ledger-graph';
import { ledgerOf } from '../graph/graph-cache';
import { recluster } from '../run-analysis';
import { saveSettings, withPatch } from '../settings';
import { loadAddressTags } from '../tags';
import { miniLedger, txidOf, type MiniTx } from '../testing/mini-ledger';
import { getCluster, whyClustered } from './cluster-queries';
import { clusterLedger } from './clustering';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const open = (txs: MiniTx[], extra?: Parameters<typeof miniLedger>[1]) => {
  const mini = miniLedger(txs, extra);
  cleanups.push(mini.cleanup);
  return mini.file.db;
};
const defaults = DEFAULT_ANALYSIS_SETTINGS;
const cluster = (db: ReturnType<typeof open>, settings = defaults) => {
  const tags = loadAddressTags(db);
  return recluster(db, ledgerOf(db), tags, settings);
};
const members = (db: ReturnType<typeof open>, address: string) => getCluster(db, address, 100).members.map((m) => m.address).sort();

describe('clustering', () => {
  it('C1 merges the known inputs when the first input spends an output outside the case (address unknown)', () => {
    const db = open([{ id: 't1', time: 1, inputs: ['outside:0', ['bc1qa', 10], ['bc1qb', 10]], outputs: [['bc1qx', 19]] }]);
    cluster(db);
    expect(members(db, 'bc1qa')).toEqual(['bc1qa', 'bc1qb']);
  });

  it('C1 merges co-spent inputs and answers "why" with the shortest chain of merges', () => {
    const db = open([
      { id: 't1', time: 1, inputs: [['bc1qa', 10], ['bc1qb', 10]], outputs: [['bc1qx', 19]] },
      { id: 't2', time: 2, inputs: [['bc1qb', 5], ['bc1qc', 5]], outputs: [['bc1qy', 9]] },
      { id: 't3', time: 3, inputs: [['bc1qd', 5]], outputs: [['bc1qz', 4]] },
    ]);
    cluster(db);
    expect(members(db, 'bc1qa')).toEqual(['bc1qa', 'bc1qb', 'bc1qc']);
    expect(members(db, 'bc1qd')).toEqual(['bc1qd']);
    const why = whyClustered(db, 'bc1qa', 'bc1qc');
    expect(why.chain.map((e) => [e.heuristic, e.txid])).toEqual([['C1', txidOf('t1')], ['C1', txidOf('t2')]]);
    expect(whyClustered(db, 'bc1qa', 'bc1qd')).toMatchObject({ sameCluster: false, chain: [] });
  });

  it('C2 vetoes Whirlpool and JoinMarket shapes but not an ordinary batch', () => {
    const whirlpool: MiniTx = {
      id: 'wp', time: 1,
      inputs: ['bc1qw1', 'bc1qw2', 'bc1qw3', 'bc1qw4', 'bc1qw5'].map((a) => [a, 5_004_000] as [string, number]),
      outputs: ['bc1qm1', 'bc1qm2', 'bc1qm3', 'bc1qm4', 'bc1qm5'].map((a) => [a, 5_000_000] as [string, number]),
    };
    const joinmarket: MiniTx = {
      id: 'jm', time: 2,
      inputs: [['bc1qj1', 3_000_000], ['bc1qj2', 4_000_000], ['bc1qj3', 2_500_000]],
      outputs: [['bc1qe1', 2_000_000], ['bc1qe2', 2_000_000], ['bc1qe3', 2_000_000], ['bc1qc1', 999_000], ['bc1qc2', 1_999_000], ['bc1qc3', 499_000]],
    };
    const batch: MiniTx = { id: 'batch', time: 3, inputs: [['bc1qh1', 9_000_000], ['bc1qh2', 1_000_000]], outputs: [['bc1qu1', 2_000_000], ['bc1qu2', 2_000_000], ['bc1qh3', 5_990_000]] };
    const db = open([whirlpool, joinmarket, batch]);
    const { clustering } = cluster(db);
    expect([...clustering.coinjoins.values()]).toEqual(['whirlpool', 'joinmarket']);
    expect(members(db, 'bc1qw1')).toEqual(['bc1qw1']);
    expect(members(db, 'bc1qj1')).toEqual(['bc1qj1']);
    expect(members(db, 'bc1qh1')).toEqual(['bc1qh1', 'bc1qh2']);
  });

  it('C3 records address reuse (100) and one-time change (50) as evidence, merging only when enabled', () => {
    const txs: MiniTx[] = [
      { id: 'reuse', time: 1, inputs: [['bc1qr', 3_000_000]], outputs: [['1Pay', 1_000_000], ['bc1qr', 1_990_000]] },
      { id: 'fund', time: 1, inputs: [['bc1qs', 5_000_000]], outputs: [['bc1qs2', 4_990_000]] },
      { id: 'change', time: 2, inputs: ['fund:0'], outputs: [['1Shop', 2_000_000], ['bc1qfresh', 2_981_234]] },
    ];
    const db = open(txs);
    const { clustering } = cluster(db);
    const evidence = clustering.evidence.heuristic.map((h, k) => [h, clustering.evidence.merged[k]]);
    expect(evidence).toEqual(expect.arrayContaining([['C3-reuse', false], ['C3-change', false]]));
    expect(members(db, 'bc1qs2')).toEqual(['bc1qs2']);
    cluster(db, withPatch(defaults, { heuristics: { changeMerge: true } }));
    expect(members(db, 'bc1qs2')).toEqual(['bc1qfresh', 'bc1qs2']);
    expect(getCluster(db, 'bc1qs2', 10).evidence[0]).toMatchObject({ heuristic: 'C3-change', confidence: 50, merged: true });
  });

  it('C4 follows a peel chain: the larger non-round output funds the next peel', () => {
    const db = open([
      { id: 'p1', time: 1, inputs: [['bc1qp0', 10_000_000]], outputs: [['bc1qshop1', 1_000_000], ['bc1qp1', 8_991_111]] },
      { id: 'p2', time: 2, inputs: ['p1:1'], outputs: [['bc1qshop2', 1_000_000], ['bc1qp2', 7_982_222]] },
      { id: 'p3', time: 3, inputs: ['p2:1'], outputs: [['bc1qshop3', 1_000_000], ['bc1qp3', 6_973_333]] },
    ]);
    const g = loadLedgerGraph(db);
    const { evidence } = clusterLedger(g, new Map(), defaults);
    const peels = evidence.heuristic.flatMap((h, k) => (h === 'C4' ? [evidence.tx[k]] : []));
    expect(peels).toHaveLength(2);
    cluster(db, withPatch(defaults, { heuristics: { peelChainMerge: true } }));
    expect(members(db, 'bc1qp0')).toEqual(['bc1qp0', 'bc1qp1', 'bc1qp2']);
  });

  it('guards: a merge of conflicting entities and a cluster growing past the threshold in one step', () => {
    const db = open(
      [
        { id: 'mixup', time: 1, inputs: [['bc1qex', 10], ['bc1qpool', 10]], outputs: [['bc1qo', 19]] },
        { id: 'big', time: 2, inputs: ['bc1qg1', 'bc1qg2', 'bc1qg3', 'bc1qg4', 'bc1qg5'].map((a) => [a, 10] as [string, number]), outputs: [['bc1qo2', 49]] },
      ],
      { tags: [['bc1qex', 'exchange', 'exchange-x'], ['bc1qpool', 'miner', 'pool-y']] },
    );
    const { clustering } = cluster(db, withPatch(defaults, { guardGrowth: 3 }));
    expect(clustering.guards.map((g) => [g.kind, g.growth])).toEqual([['conflict', 0], ['growth', 4]]);
    expect(getCluster(db, 'bc1qex', 10)).toMatchObject({ label: expect.objectContaining({ category: 'exchange' }), conflicts: [expect.objectContaining({ category: 'miner' })] });
  });

  it('toggling a heuristic re-clusters and reports clusters merged, then split', () => {
    const db = open([
      { id: 'a', time: 1, inputs: [['bc1qa1', 5_000_000], ['bc1qa2', 5_000_000]], outputs: [['bc1qa3', 9_990_000]] },
      { id: 'c', time: 1, inputs: [['bc1qc1', 4_000_000], ['bc1qc2', 1_000_000]], outputs: [['bc1qc3', 4_990_000]] },
      { id: 'b', time: 2, inputs: ['a:0', 'c:0'], outputs: [['1Pay', 10_000_000], ['bc1qb2', 4_971_234]] },
      { id: 'd', time: 3, inputs: ['b:1', ['bc1qd1', 1_000_000]], outputs: [['bc1qd2', 5_961_234]] },
    ]);
    cluster(db);
    const on = saveSettings(db, { heuristics: { changeMerge: true } });
    const merged = cluster(db, on).diff;
    expect(merged.merged).toHaveLength(1);
    const off = saveSettings(db, { heuristics: { changeMerge: false } });
    const split = cluster(db, off).diff;
    expect(split.split).toHaveLength(1);
    expect(split.split[0]?.into).toHaveLength(2);
  });
});

describe('analysis settings', () => {
  it('a patch changes only what it names and survives reopening', () => {
    const db = open([{ id: 'a', time: 1, inputs: [['bc1qa', 10]], outputs: [['bc1qb', 9]] }]);
    saveSettings(db, { heuristics: { peelChainMerge: true }, taintHops: 4 });
    const next = saveSettings(db, { heuristics: { changeMerge: true } });
    expect(next.heuristics).toEqual({ sharedInput: true, coinjoinVeto: true, changeMerge: true, peelChainMerge: true });
    expect(next.taintHops).toBe(4);
    expect(() => saveSettings(db, { lineageTheta: 2 })).toThrow();
  });
});
