import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceParams } from '../../../shared/domain/analysis';
import { listFindings, setFindingStatus } from '../analysis/findings/finding-store';
import { runAnalysis } from '../analysis/run-analysis';
import { runTrace } from '../analysis/taint/run-trace';
import { CaseFile } from '../case/case-file';
import { writeDemoCase, type DemoWriteResult } from '../demo/write-case';
import { mispEventOf } from '../exchange/misp-event-of';
import { findingPathInput } from '../graph/path-figure/finding-path';
import { tracePathInput } from '../graph/path-figure/trace-path';
import { addressDetails, addressTransactions } from '../ledger/address-details';
import { txDetails } from '../ledger/tx-details';
import { prepareRowScope } from '../report/csv/row-scope';
import { tempDir } from '../test-support/fixtures';
import { fullScans, recordStatements } from '../test-support/query-plans';

// Lookups by address text or txid must use the (chain, address) / (chain, txid) indexes: a query that names no chain
// scans every row, which is milliseconds on the demo and seconds per lookup on a million-transaction case.
const BIG_TABLES = ['addresses', 'transactions', 'tags', 'tx_inputs', 'tx_outputs', 'transfers'];

let tmp: ReturnType<typeof tempDir>;
let file: CaseFile;
let truth: DemoWriteResult['truth'];

beforeAll(() => {
  tmp = tempDir();
  file = CaseFile.create(path.join(tmp.dir, 'demo.assay'), { title: 'demo' });
  truth = writeDemoCase(file.db).truth;
  runAnalysis(file.db);
  for (const f of listFindings(file.db, { limit: 100 })) setFindingStatus(file.db, f.id, 'accepted', 'test', new Date().toISOString());
}, 120_000);
afterAll(() => {
  file.close();
  tmp.cleanup();
});

/** Every full scan of a big table the work ran, one line per statement. */
function scansOf(work: () => void): string[] {
  return recordStatements(file.db, work).flatMap((s) => fullScans(file.db, s, BIG_TABLES).map((scan) => `${scan} in: ${s.sql.replace(/\s+/g, ' ')}`));
}

describe('lookups by address or txid use the indexes', () => {
  it('opening each finding\'s path view scans no big table', () => {
    const findings = listFindings(file.db, { limit: 100 });
    expect(findings.length).toBeGreaterThan(0);
    expect(scansOf(() => findings.forEach((f) => findingPathInput(file.db, f.id)))).toEqual([]);
  });

  it('the inspector\'s address and transaction details scan no big table', () => {
    const address = truth.rentalDeposits[0]?.address as string;
    const txid = file.db.prepare('SELECT txid FROM transactions ORDER BY id LIMIT 1').pluck().get() as string;
    expect(scansOf(() => {
      addressDetails(file.db, address);
      addressTransactions(file.db, address, undefined, 0, 10);
      txDetails(file.db, txid);
    })).toEqual([]);
  });

  it('a trace and its path view resolve seeds without scanning', () => {
    const seed = truth.collectors[0] as string;
    expect(scansOf(() => {
      const trace = runTrace(file.db, TraceParams.parse({ from: [seed, truth.poolPayoutTxids[0] as string], hops: 3 }));
      tracePathInput(file.db, trace.outputs.slice(0, 5).map((o) => o.txid), [seed]);
    })).toEqual([]);
  });

  it('the MISP export and the package\'s row scope look findings\' subjects up without scanning', () => {
    expect(scansOf(() => {
      mispEventOf(file.db, { manifestSha256: null, now: new Date() });
      prepareRowScope(file.db, false);
    })).toEqual([]);
  });
});
