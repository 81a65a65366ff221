import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCase, type TestCase } from '../../../import/test-case';
import { BLOCK_50001 } from '../../../test-support/fixtures';
import { readContext } from '../../export-package';
import { hasPdftotext, pdfText } from '../../test-support/pdf-text';
import { writeReportPdf } from '../report-pdf';

const COINBASE_50001 = 'e1882d41800d96d0fddc196cd8d3f0b45d65b030c652d97eaba79a1174e64d58';

describe.skipIf(!hasPdftotext)('mining-pool attribution in report.pdf', () => {
  let c: TestCase;
  beforeEach(() => (c = testCase()));
  afterEach(() => c.close());

  const reportText = async (): Promise<string> => {
    const file = path.join(c.dir, `report-${Date.now()}.pdf`);
    await writeReportPdf(readContext(c.db, { sections: ['methodology'], maxTableRows: 50 }, '2026-01-01T00:00:00Z'), file);
    return pdfText(file).replace(/\s+/g, ' ');
  };

  it('credits each coinbase and lists those whose pool lists disagree, with each list\'s answer', async () => {
    await c.import(BLOCK_50001);
    expect(await reportText()).toMatch(/Pool credited Coinbases unattributed 1 The pool lists agree on every coinbase\./);
    // Block 50001's coinbase pays 1PkqKGbN...; its scriptSig holds the byte 0x11 and then "*".
    await c.import(c.write('early.json', JSON.stringify([{ name: 'Early Pool', addresses: ['1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ'], tags: [] }])));
    await c.import(c.write('star.json', JSON.stringify([{ name: 'Star Miner', addresses: [], tags: ['\\x11\\*'] }])));
    const text = await reportText();
    expect(text).toMatch(/Early Pool 1 1 coinbase where the lists disagree:/);
    expect(text).toContain(COINBASE_50001);
    expect(text).toMatch(/pools-v2\.json \(built-in: .*\): unknown; early\.json: Early Pool; star\.json: Star Miner/);
  });
});
