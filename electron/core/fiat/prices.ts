import type Database from 'better-sqlite3';
import { CHAIN_DECIMALS } from '../../../shared/amount';
import type { FiatRate } from '../../../shared/domain/fiat';

const DAY = 86_400;

/** The currency values are shown in: USD when a USD series exists, else the first by name; null without any prices. */
export function caseCurrency(db: Database.Database): string | null {
  const currencies = db.prepare('SELECT DISTINCT currency FROM prices ORDER BY currency').pluck().all() as string[];
  return currencies.includes('USD') ? 'USD' : (currencies[0] ?? null);
}

/**
 * The query for the price row covering `time` (both SQL expressions): a price covers its own UTC day only. Within the day
 * the latest quote at or before the time wins, else the day's first quote; a day without quotes has no price.
 * `currency` comes from the prices table (a CHECK keeps it to three capital letters), never from input.
 */
function coveringPriceQuery(fields: string, chain: string, time: string, currency: string): string {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`not a currency code: ${currency}`);
  const dayStart = `((${time}) - (${time}) % ${DAY})`;
  return `SELECT ${fields} FROM prices p WHERE p.asset = ${chain} AND p.currency = '${currency}' AND p.at >= ${dayStart} AND p.at < ${dayStart} + ${DAY}
    ORDER BY p.at > (${time}), abs(p.at - (${time})) LIMIT 1`;
}

/**
 * SQL for an amount's value in `currency` at `time`, to the cent, NULL where no price covers the day: the double
 * operations of fiatValue (shared/domain/fiat.ts) in its order, so the tables and the inspector show one figure.
 */
export function fiatValueSql(amount: string, chain: string, time: string, currency: string): string {
  const scale = `(CASE ${chain} ${Object.entries(CHAIN_DECIMALS).map(([c, d]) => `WHEN '${c}' THEN 1e${d}`).join(' ')} ELSE 1e8 END)`;
  const exact = `(CAST(${amount} AS REAL) * (${coveringPriceQuery('CAST(p.price AS REAL)', chain, time, currency)}) / ${scale})`;
  return `(SELECT sign(v) * CAST(abs(v) * 100 + 0.5 AS INTEGER) / 100.0 FROM (SELECT ${exact} AS v))`;
}

/** Looks up covering rates one transaction at a time (inspector, address pages); null where no price covers the day. */
export function rateLookup(db: Database.Database): (chain: string, time: number | null) => FiatRate | null {
  const currency = caseCurrency(db);
  if (currency === null) return () => null;
  const statement = db.prepare(coveringPriceQuery('p.price, p.at', '@chain', '@time', currency));
  return (chain, time) => {
    if (time === null) return null;
    const row = statement.get({ chain, time }) as { price: string; at: number } | undefined;
    return row ? { currency, price: row.price, at: row.at } : null;
  };
}
