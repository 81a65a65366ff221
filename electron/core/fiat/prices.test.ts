import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fiatValue } from '../../../shared/domain/fiat';
import { testCase, type TestCase } from '../import/test-case';
import { caseCurrency, fiatValueSql, rateLookup } from './prices';

const t = (iso: string): number => Date.parse(iso) / 1000;

describe('price series: import and the price covering a time', () => {
  let c: TestCase;
  beforeEach(() => void (c = testCase()));
  afterEach(() => c.close());

  it('imports a daily series (auto-detected) as a source, idempotently, and prices a whole UTC day but not a missing one', async () => {
    const file = c.write('btc-usd.csv', 'date,asset,currency,price\n2023-06-11,BTC,USD,25900.5\n2023-06-12,btc,usd,26000\n2023-06-14,BTC,USD,25100.25\n');
    const first = await c.import(file);
    expect(first).toMatchObject({ format: 'price-csv', counts: { prices: 3 }, added: { prices: 3 }, rejectedCount: 0 });
    expect((await c.import(file)).added.prices).toBe(0);
    expect(c.db.prepare('SELECT count(*) FROM sources WHERE format = ?').pluck().get('price-csv')).toBe(2);
    expect(caseCurrency(c.db)).toBe('USD');
    const rate = rateLookup(c.db);
    expect(rate('BTC', t('2023-06-12T00:00:00Z'))).toEqual({ currency: 'USD', price: '26000', at: t('2023-06-12T00:00:00Z') });
    expect(rate('BTC', t('2023-06-12T23:59:59Z'))?.price).toBe('26000');
    expect(rate('BTC', t('2023-06-11T23:59:59Z'))?.price).toBe('25900.5');
    // 2023-06-13 is missing: no price rather than a neighbour's.
    expect(rate('BTC', t('2023-06-13T00:00:00Z'))).toBeNull();
    expect(rate('BTC', t('2023-06-13T23:59:59Z'))).toBeNull();
    expect(rate('BTC', t('2023-06-14T00:00:00Z'))?.price).toBe('25100.25');
    expect(rate('ETH', t('2023-06-12T12:00:00Z'))).toBeNull();
    expect(rate('BTC', null)).toBeNull();
  });

  it('takes the latest quote at or before the time in a finer series, else the first of that day', async () => {
    await c.import(c.write('hourly.csv', 'date,asset,currency,price\n2023-06-12T06:00:00Z,BTC,EUR,24000\n2023-06-12 12:00,BTC,EUR,24100\n1686614400,BTC,EUR,24200\n'));
    const rate = rateLookup(c.db);
    expect(caseCurrency(c.db)).toBe('EUR');
    expect(rate('BTC', t('2023-06-12T01:00:00Z'))?.price).toBe('24000');
    expect(rate('BTC', t('2023-06-12T11:59:59Z'))?.price).toBe('24000');
    expect(rate('BTC', t('2023-06-12T12:00:00Z'))?.price).toBe('24100');
    expect(rate('BTC', t('2023-06-13T00:00:00Z'))?.price).toBe('24200');
  });

  it('values amounts the same way in SQL and in the UI helper, cents rounded, NULL where no price covers the day', async () => {
    await c.import(c.write('p.csv', 'date,asset,currency,price\n2023-06-12,BTC,USD,26000.37\n2023-06-12,ETH,USD,1740.1\n'));
    const value = (amount: string, chain: string, time: number) =>
      c.db.prepare(`SELECT ${fiatValueSql('@amount', '@chain', '@time', 'USD')}`).pluck().get({ amount, chain, time }) as number | null;
    const noon = t('2023-06-12T12:00:00Z');
    expect(value('123456789', 'BTC', noon)).toBe(fiatValue('123456789', 'BTC', '26000.37'));
    expect(fiatValue('123456789', 'BTC', '26000.37')).toBe(32099.22);
    expect(value('2500000000000000000', 'ETH', noon)).toBe(4350.25);
    expect(value('100000000', 'BTC', t('2023-06-13T00:00:00Z'))).toBeNull();
  });

  it('rejects bad rows with their line and field, and keeps the good ones', async () => {
    const result = await c.import(
      c.write('bad.csv', 'date,asset,currency,price\n2023-02-30,BTC,USD,1\n2023-06-12,BTC,US,1\n2023-06-12,BTC,USD,-5\n2023-06-12,BTC,USD,=1+1\nyesterday,BTC,USD,1\n2023-06-12,BTC,USD,26000\n'),
    );
    expect(result.counts.prices).toBe(1);
    expect(result.rejected.map((r) => [r.line, r.field])).toEqual([[2, 'date'], [3, 'currency'], [4, 'price'], [5, 'price'], [6, 'date']]);
    expect(result.rejected[0]?.reason).toMatch(/not a date/);
  });
});
