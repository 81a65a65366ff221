import type Database from 'better-sqlite3';
import { fiatValue, formatFiat } from '../../../shared/domain/fiat';
import { caseCurrency, rateLookup } from '../fiat/prices';
import { hasTable } from '../db/has-table';

/** Values in the case's currency at a time, for the report's text; null where the case has no prices or none covers the day. */
export interface FiatAt {
  currency: string | null;
  value(amount: string | number | null, chain: string, time: number | null): string | null;
}

export function fiatAt(db: Database.Database): FiatAt {
  const currency = hasTable(db, 'prices') ? caseCurrency(db) : null;
  if (currency === null) return { currency, value: () => null };
  const rate = rateLookup(db);
  return {
    currency,
    value(amount, chain, time) {
      if (amount === null || !/^-?\d+$/.test(String(amount))) return null;
      const covering = rate(chain, time);
      return covering ? formatFiat(fiatValue(String(amount), chain, covering.price), currency) : null;
    },
  };
}
