import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { parseJsonExact } from '../import/json-exact';
import { importFile } from '../import/run-import';
import { fixture, tempDir } from '../test-support/fixtures';
import { addressDetails } from './address-details';

const ETH_TXS = fixture('ethereum-etl-fixtures/test_stream/blocks_17173049_17173050/expected_transactions.json');
const LAZARUS = fixture('graphsense-tagpacks/packs/lazarus.yaml');

describe('address details', () => {
  let tmp: ReturnType<typeof tempDir>;
  let caseFile: CaseFile;
  beforeEach(() => {
    tmp = tempDir();
    caseFile = CaseFile.create(path.join(tmp.dir, 'a.assay'), { title: 'Addresses' });
  });
  afterEach(() => {
    caseFile.close();
    tmp.cleanup();
  });
  const load = (file: string) => importFile(caseFile.db, { filePath: file, displayName: path.basename(file), onBadRows: 'skip' });

  it('shows an address known only from a TagPack, with its tags and no flows', async () => {
    await load(LAZARUS);
    const details = addressDetails(caseFile.db, '134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak');
    expect(details).toMatchObject({ chain: 'BTC', received: '0', sent: '0', txCount: 0 });
    expect(details.tags).toEqual([expect.objectContaining({ label: expect.stringMatching(/lazarus/i), actor: 'lazarusgroup' })]);
    expect(() => addressDetails(caseFile.db, '1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('sums native ETH transfers exactly (wei beyond 2^53), counting failed transactions as moving nothing', async () => {
    await load(ETH_TXS);
    const rows = fs.readFileSync(ETH_TXS, 'utf8').trim().split('\n').map((line) => parseJsonExact(line) as Record<string, string>);
    const busiest = [...rows.reduce((m, r) => m.set(r.to_address ?? '', (m.get(r.to_address ?? '') ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const expected = rows
      .filter((r) => r.to_address === busiest && String(r.receipt_status) !== '0')
      .reduce((sum, r) => sum + BigInt(r.value ?? '0'), 0n);
    const details = addressDetails(caseFile.db, busiest, 'ETH');
    expect(BigInt(details.received)).toBe(expected);
    expect(details.txCount).toBeGreaterThan(1);
  });
});
