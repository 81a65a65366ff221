import type Database from 'better-sqlite3';
import type { CellKind } from './neutralise';

export interface CsvColumn {
  name: string;
  kind: CellKind;
  about: string;
}

export const text = (name: string, about: string): CsvColumn => ({ name, kind: 'text', about });
export const num = (name: string, about: string): CsvColumn => ({ name, kind: 'number', about });

/** A time column: Unix seconds in the case, ISO 8601 UTC in the CSV (2023-06-07T14:03:11Z). */
export const time = (name: string, about: string): CsvColumn => text(name, `${about} (ISO 8601 UTC)`);
export const isoSql = (seconds: string): string => `strftime('%Y-%m-%dT%H:%M:%SZ', ${seconds}, 'unixepoch')`;

/** The units amount headers carry: satoshi and BTC for a Bitcoin case; generic names where the case mixes units. */
export interface AmountUnits {
  base: string;
  coin: string;
  about: string;
}

const EIGHT_DECIMALS = new Set(['BTC', 'LTC', 'BCH']);

/** Named after the chains the case holds, so a header never claims a unit its rows are not in. */
export function amountUnits(db: Database.Database): AmountUnits {
  const chains = db.prepare('SELECT DISTINCT chain FROM transactions ORDER BY chain').pluck().all() as string[];
  const only = chains.length === 1 ? chains[0] : undefined;
  if (chains.length === 0 || chains.every((c) => EIGHT_DECIMALS.has(c))) {
    const coin = (only ?? 'BTC').toLowerCase();
    return chains.length > 1
      ? { base: 'sat', coin: 'coin', about: 'satoshi (1e-8 of the row\'s coin)' }
      : { base: 'sat', coin, about: `satoshi (1e-8 ${coin.toUpperCase()})` };
  }
  if (only) return { base: 'wei', coin: only.toLowerCase(), about: `wei (1e-18 ${only})` };
  return { base: 'base', coin: 'coin', about: 'the row\'s chain base unit (satoshi on BTC/LTC/BCH, wei on ETH/ETC)' };
}

/**
 * An amount as two columns: the integer in base units (`value_sat`) and the same amount in whole coins of the row's
 * chain as an exact decimal with all its places (`value_btc`, 8 places; 18 on ETH). Select the amount twice.
 */
export function amount(name: string, about: string, units: AmountUnits): CsvColumn[] {
  return [
    num(`${name}_${units.base}`, `${about}, in ${units.about}`),
    { name: `${name}_${units.coin}`, kind: 'coin', about: `${about}, in whole coins of the row's chain (exact decimal, every place written)` },
  ];
}

/** The import(s) a transaction came from: source ids (see sources.csv), several joined by ";". */
export const sourceId = text('source_id', 'the source (sources.csv id) the transaction was imported from; several joined by ";"');
export const sourceIdSql = (txId: string): string =>
  `(SELECT group_concat(source_id, ';') FROM (SELECT source_id FROM tx_sources WHERE tx_id = ${txId} ORDER BY source_id))`;
