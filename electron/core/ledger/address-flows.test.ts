import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { tempDir } from '../test-support/fixtures';
import { addressTxPage, allAddressTxs, grossReceived } from './address-flows';
import { addressTransactions } from './address-details';
import { BUSY_ADDRESS, busyTxid, writeBusyAddress } from './testing/busy-address';
import { ledgerMethods } from '../../../shared/api/methods/ledger';

describe('address transaction pages', () => {
  const tmp = tempDir();
  let file: CaseFile;
  let id: number;
  beforeAll(() => {
    file = CaseFile.create(path.join(tmp.dir, 'busy.assay'), { title: 'busy' });
    id = writeBusyAddress(file.db, 50_000);
  });
  afterAll(() => {
    file.close();
    tmp.cleanup();
  });

  it('pages through 50,000 transactions newest first, each page netted exactly like the whole list', () => {
    const all = allAddressTxs(file.db, id);
    expect(all).toHaveLength(50_000);
    const first = addressTxPage(file.db, id, 0, 200);
    expect(first.total).toBe(50_000);
    expect(first.rows).toEqual(all.slice(0, 200));
    // Ties on block time break by row id, the same way on every page.
    const middle = addressTxPage(file.db, id, 24_900, 300);
    expect(middle.rows).toEqual(all.slice(24_900, 25_200));
    expect(middle.rows.find((r) => r.txid === busyTxid(24_990))?.delta).toBe(String(1000 + 24_990 - 300));
    expect(addressTxPage(file.db, id, 49_990, 200).rows).toEqual(all.slice(49_990));
  });

  it('counts everything paid in, change included, apart from the per-transaction net', () => {
    // Outputs pay 1000 + i for i < 50,000; the spends (every 5th tx) do not reduce what was paid in.
    expect(grossReceived(file.db, id)).toBe(String(50_000 * 1000 + (49_999 * 50_000) / 2));
    expect(addressTransactions(file.db, BUSY_ADDRESS, 'BTC', 0, 1).total).toBe(50_000);
  });

  it('answers a deep page quickly (the inspector asks for one as the analyst scrolls)', () => {
    const t = performance.now();
    addressTxPage(file.db, id, 40_000, 200);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('refuses an address the case does not know, and gives an empty page past the end', () => {
    expect(() => addressTransactions(file.db, 'bc1qnothere', undefined, 0, 10)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(addressTransactions(file.db, BUSY_ADDRESS, 'BTC', 60_000, 10)).toEqual({ total: 50_000, offset: 60_000, rows: [] });
  });
});

describe('address.transactions arguments', () => {
  const params = ledgerMethods['address.transactions'].params;
  it('defaults to the first page of 200 and refuses pages out of range', () => {
    expect(params.parse({ address: BUSY_ADDRESS })).toEqual({ address: BUSY_ADDRESS, offset: 0, limit: 200 });
    for (const bad of [{ limit: 0 }, { limit: 1001 }, { offset: -1 }, { offset: 1.5 }, { chain: 'DOGE' }, { extra: 1 }]) {
      expect(params.safeParse({ address: BUSY_ADDRESS, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
