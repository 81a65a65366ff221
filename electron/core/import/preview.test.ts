import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, tempDir } from '../test-support/fixtures';
import { previewFile } from './preview';

describe('previewFile', () => {
  it('names the detected format and shows the CSV header and first lines', async () => {
    const file = fixture('ethereum-etl-fixtures/test_export_token_transfers_job/block_with_transfers/expected_token_transfers.csv');
    const preview = await previewFile(file, 'transfers.csv');
    expect(preview).toMatchObject({ file: 'transfers.csv', format: 'ethereum-etl-token-transfers-csv' });
    expect(preview.columns).toEqual(['token_address', 'from_address', 'to_address', 'value', 'transaction_hash', 'log_index', 'block_number']);
    expect(preview.lines[1]).toMatch(/^0xf4eced2f682ce333f96f2d8966c613ded8fc95dd,/);
  });

  it('says nothing matched (format null) for a file no format recognises, without throwing', async () => {
    const preview = await previewFile(fixture('graphsense-tagpack-schema/db/countries.csv'), 'countries.csv');
    expect(preview.format).toBeNull();
    expect(preview.columns.length).toBeGreaterThan(0);
  });

  it('says whether the file names its chain, so the dialog asks for one before importing instead of failing after', async () => {
    const tmp = tempDir();
    try {
      const write = (name: string, text: string) => {
        fs.writeFileSync(path.join(tmp.dir, name), text);
        return path.join(tmp.dir, name);
      };
      const bare = write('labels.csv', 'address,label,category\nbc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw,Thief,perpetrator\n');
      const chained = write('chained.csv', 'address,label,currency\nbc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw,Thief,BTC\n');
      expect(await previewFile(bare, 'labels.csv')).toMatchObject({ format: 'csv-labels', namesChain: false });
      expect(await previewFile(chained, 'chained.csv')).toMatchObject({ format: 'csv-labels', namesChain: true });
      const list = fixture('ofac-sanctioned-addresses/sanctioned_addresses_XBT.txt');
      expect(await previewFile(list, 'sanctioned_addresses_XBT.txt')).toMatchObject({ format: 'sanctions-list', namesChain: true });
      expect(await previewFile(list, 'sanctioned.txt')).toMatchObject({ format: 'sanctions-list', namesChain: false });
      expect(await previewFile(fixture('ethereum-etl-fixtures/test_export_token_transfers_job/block_with_transfers/expected_token_transfers.csv'), 't.csv')).toMatchObject({ namesChain: true });
    } finally {
      tmp.cleanup();
    }
  });
});
