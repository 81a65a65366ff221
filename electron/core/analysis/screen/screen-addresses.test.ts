import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceParams } from '../../../../shared/domain/analysis';
import { ScreenParams, type ScreenResult, type ScreenRow } from '../../../../shared/domain/screen';
import { CaseFile } from '../../case/case-file';
import type { DemoTruth } from '../../demo/typology';
import { writeDemoCase } from '../../demo/write-case';
import { tempDir } from '../../test-support/fixtures';
import { TRACE_STOP_CATEGORIES } from '../../../../shared/category/categories';
import { runTrace } from '../taint/run-trace';
import { parseAddressList } from './address-list';
import { screenAddresses } from './screen-addresses';

/** Bulk screening against the planted demo story: sources, laundering hops, decoys and addresses the case lacks. */
describe('screen.run on the demo case', () => {
  const tmp = tempDir();
  let file: CaseFile;
  let truth: DemoTruth;
  let result: ScreenResult;
  const row = (address: string): ScreenRow => result.rows.find((r) => r.address === address) as ScreenRow;

  beforeAll(() => {
    file = CaseFile.create(path.join(tmp.dir, 'demo.assay'), { title: 'demo' });
    truth = writeDemoCase(file.db).truth;
    const addresses = [
      ...truth.collectors, truth.sanctioned, ...truth.rentalDeposits.map((d) => d.address), truth.commingledAddress, truth.exchangeDeposit,
      ...truth.decoys.users, truth.decoys.hotWallet, '1NotInThisCaseXXXXXXXXXXXXXXXXXXX',
    ];
    result = screenAddresses(file.db, ScreenParams.parse({ addresses }));
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('names a tagged source itself as its own source, fully exposed, at hop 0', () => {
    for (const c of truth.collectors) {
      expect(row(c)).toMatchObject({ exposure: 1, hops: 0, entity: 'Fictional state-sponsored theft group (demo)', category: 'perpetrator', path: [c] });
    }
    expect(row(truth.sanctioned)).toMatchObject({ hops: 0, category: 'sanction', entity: 'Sanctioned address (fictional SDN entry)' });
  });

  it('walks each hash-rental deposit back to a collector along a path of a transaction and an address per hop, ending at the deposit', () => {
    for (const d of truth.rentalDeposits) {
      const r = row(d.address);
      expect(r.hops).toBeGreaterThanOrEqual(2);
      expect(r.category).toBe('perpetrator');
      expect(r.path).toHaveLength(2 * (r.hops as number) + 1);
      expect(truth.collectors).toContain(r.path[0]);
      expect(r.path.slice(-2)).toEqual([d.txid, d.address]);
    }
  });

  it('gives a commingled address a partial share, and agrees with a single-address haircut trace from the same sources', () => {
    const r = row(truth.commingledAddress);
    expect(r.exposure).toBeGreaterThan(0);
    expect(r.exposure).toBeLessThan(1);
    expect(Number(r.tainted) / Number(r.received)).toBeCloseTo(r.exposure, 9);
    const trace = runTrace(
      file.db,
      TraceParams.parse({ from: [...truth.collectors, truth.sanctioned], models: ['haircut'], hops: result.stats.hops, stopAt: [...TRACE_STOP_CATEGORIES], crossOffchain: false, limit: 100_000 }),
    );
    const traced = trace.addresses.find((a) => a.address === truth.commingledAddress);
    expect(traced?.taint.haircut).toBe(r.tainted);
  });

  it('leaves decoys unexposed and marks addresses the case does not hold', () => {
    for (const user of truth.decoys.users) expect(row(user)).toMatchObject({ exposure: 0, hops: null, entity: null, path: [] });
    expect(row(truth.decoys.hotWallet).exposure).toBe(0);
    expect(row('1NotInThisCaseXXXXXXXXXXXXXXXXXXX')).toMatchObject({ received: null, tainted: null, hops: null });
    expect(result.stats).toMatchObject({ addresses: result.rows.length, notInCase: 1 });
  });

  it('keeps the order of the list, one row per listed address', () => {
    expect(result.rows.map((r) => r.address).slice(0, 3)).toEqual(truth.collectors.slice(0, 3));
  });
});

describe('parseAddressList', () => {
  it('reads one address per line or a CSV address column, skipping blanks and comments', () => {
    expect(parseAddressList('\uFEFF# payouts\nbc1qa\r\n\n1Abc\n', 'list.txt')).toEqual(['bc1qa', '1Abc']);
    expect(parseAddressList('address,label\n"bc1qa",pool A\n1Abc,pool B\n', 'list.csv')).toEqual(['bc1qa', '1Abc']);
  });

  it('refuses a line that is not an address with its file and line', () => {
    expect(() => parseAddressList('bc1qa\n=cmd|calc\n', 'list.txt')).toThrow('list.txt:2: field address: not an address: "=cmd|calc"');
    expect(() => parseAddressList('# nothing\n', 'empty.txt')).toThrow(/empty.txt: no addresses/);
  });
});
