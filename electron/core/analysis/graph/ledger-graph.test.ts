import { afterEach, describe, expect, it } from 'vitest';
import { miniLedger } from '../testing/mini-ledger';
import { loadLedgerGraph } from './ledger-graph';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('loadLedgerGraph', () => {
  const build = () => {
    const mini = miniLedger([
      { id: 'a', time: 1, inputs: [['bc1qx', 100]], outputs: [['bc1qa', 60], ['bc1qb', 39]] },
      { id: 'b', time: 2, inputs: ['a:1', 'a:0'], outputs: [['bc1qc', 98]] },
    ]);
    cleanups.push(mini.cleanup);
    return mini.file.db;
  };

  it('lays transactions out in CSR typed arrays and links every input to the output it spends', () => {
    const g = loadLedgerGraph(build());
    expect(Array.from(g.outStart)).toEqual([0, 0, 2, 3]);
    expect(Array.from(g.outValue)).toEqual([60, 39, 98]);
    expect(Array.from(g.outSpentBy)).toEqual([2, 2, 0]);
    expect(Array.from(g.inStart)).toEqual([0, 0, 1, 3]);
    expect(Array.from(g.inPrev)).toEqual([-1, 1, 0]);
    expect(Array.from(g.inValue)).toEqual([100, 39, 60]);
  });

  it('recounts rows when the stored input/output counts disagree with them', () => {
    const db = build();
    const before = loadLedgerGraph(db);
    db.prepare('UPDATE transactions SET output_count = 5, input_count = 0').run();
    const after = loadLedgerGraph(db);
    expect(Array.from(after.outStart)).toEqual(Array.from(before.outStart));
    expect(Array.from(after.inPrev)).toEqual(Array.from(before.inPrev));
  });
});
