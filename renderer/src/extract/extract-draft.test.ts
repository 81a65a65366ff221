import { describe, expect, it } from 'vitest';
import { extractSpec, initialDraft } from './extract-draft';

const TXID = 'f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16';

describe('extract draft', () => {
  it('seeds from the selected addresses and transactions, leaving out boxes and duplicates', () => {
    const draft = initialDraft([`tx:BTC:${TXID}`, 'address:BTC:12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S', 'cluster:BTC:7', `tx:BTC:${TXID}`]);
    expect(draft.seeds).toBe(`${TXID}\n12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S`);
    expect(extractSpec(draft).spec).toEqual({ chain: 'BTC', from: [TXID, '12cbQLTFMXRnSzktFkuoG3eHoMeFtpTu3S'], hops: 2, since: null, until: null, maxDegree: null, dialect: 'bigquery' });
  });

  it('takes the chain of the selection, leaving out nodes of other chains', () => {
    const eth = '0x64a018b23b4d7a077dffa6723462bc722861c5ad';
    const draft = initialDraft(['address:LTC:LQ3B36Yv2rBTxdgAdYpU2UcEZsaNwXeATk', `address:ETH:${eth}`, `tx:BTC:${TXID}`]);
    expect(draft).toMatchObject({ chain: 'ETH', seeds: eth });
    expect(extractSpec(draft).spec).toMatchObject({ chain: 'ETH', from: [eth] });
  });

  it('takes UTC days as inclusive bounds: since from its first second, until to its last', () => {
    const { spec } = extractSpec({ ...initialDraft([`tx:BTC:${TXID}`]), since: '2023-06-08', until: '2023-06-09', maxDegree: '50', dialect: 'duckdb' });
    expect(spec).toMatchObject({ since: Date.UTC(2023, 5, 8) / 1000, until: Date.UTC(2023, 5, 10) / 1000 - 1, maxDegree: 50, dialect: 'duckdb' });
  });

  it('names the field that is wrong', () => {
    const base = initialDraft([`tx:BTC:${TXID}`]);
    expect(extractSpec({ ...base, seeds: ' \n' }).error?.field).toBe('seeds');
    expect(extractSpec({ ...base, hops: '21' }).error?.field).toBe('hops');
    expect(extractSpec({ ...base, hops: '-1' }).error?.field).toBe('hops');
    expect(extractSpec({ ...base, since: '8 June' }).error?.field).toBe('since');
    expect(extractSpec({ ...base, since: '2023-06-09', until: '2023-06-08' }).error).toEqual({ field: 'until', message: 'Until is before since.' });
    expect(extractSpec({ ...base, maxDegree: '0' }).error?.field).toBe('maxDegree');
  });
});
