import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support/fixtures';
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
});
