import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../case/case-file';
import { importFile } from '../import/run-import';
import { tempDir } from '../test-support/fixtures';
import { writeBigQueryJsonl } from './bigquery-jsonl';
import { writeDemoCase } from './write-case';

describe('demo as BigQuery JSON lines', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('imports through the bitcoin-etl importer into the same ledger the demo writer makes', async () => {
    const jsonl = path.join(tmp.dir, 'demo.jsonl');
    const rows = await writeBigQueryJsonl(jsonl, { scale: 800 });
    const imported = CaseFile.create(path.join(tmp.dir, 'imported.assay'), { title: 'imported' });
    const written = CaseFile.create(path.join(tmp.dir, 'written.assay'), { title: 'written' });
    try {
      const result = await importFile(imported.db, { filePath: jsonl, displayName: 'demo.jsonl', onBadRows: 'refuse' });
      expect(result.counts.transactions).toBe(rows);
      expect(result.rejectedCount).toBe(0);
      writeDemoCase(written.db, { scale: 800 });
      const ledger = (db: CaseFile['db']) =>
        db
          .prepare(`SELECT t.txid, t.fee, t.block_height, group_concat(a.address || '=' || o.value, ',') FROM transactions t
            JOIN tx_outputs o ON o.tx_id = t.id LEFT JOIN addresses a ON a.id = o.address_id GROUP BY t.id ORDER BY t.txid`)
          .raw()
          .all();
      expect(ledger(imported.db)).toEqual(ledger(written.db));
    } finally {
      imported.close();
      written.close();
    }
  });
});
