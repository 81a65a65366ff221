import type { FileSample, ImportFormat, ImportInput } from '../format';
import { FieldError } from '../json-exact';
import { csvHeader } from '../read/csv-rows';
import { readTableRows, rowRecords } from '../read/rows';
import type { ImportRecord } from '../records';

const COLUMNS = ['date', 'asset', 'currency', 'price'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date and time; without a zone it is read as UTC (price feeds quote in UTC). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z| ?UTC|[+-]\d{2}:?\d{2})?$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** Unix seconds of a quote: a date (00:00 UTC), a date and time, or Unix seconds. */
export function quoteTime(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : '';
  if (/^\d{9,11}$/.test(text)) return Number(text);
  const date = DATE.exec(text);
  const dateTime = DATE_TIME.exec(text);
  const iso = date ? `${text}T00:00:00Z` : dateTime ? `${dateTime[1]}T${dateTime[2]}${(dateTime[3] ?? 'Z').replace(/ ?UTC/, 'Z')}` : '';
  const ms = Date.parse(iso);
  // Date.parse rolls 2023-02-30 over to March: a date must come back as itself.
  if (!Number.isFinite(ms) || (date && new Date(ms).toISOString().slice(0, 10) !== text)) {
    throw new FieldError('date', `not a date (YYYY-MM-DD), date and time, or Unix seconds: ${JSON.stringify(text.slice(0, 40))}`);
  }
  return Math.floor(ms / 1000);
}

function code(value: unknown, field: string, pattern: RegExp, what: string): string {
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!pattern.test(text)) throw new FieldError(field, `not ${what}: ${JSON.stringify(String(value ?? '').slice(0, 40))}`);
  return text;
}

function price(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!DECIMAL.test(text) || Number(text) <= 0) throw new FieldError('price', `not a positive decimal price: ${JSON.stringify(text.slice(0, 40))}`);
  return text;
}

/** A fiat price series: CSV `date,asset,currency,price` (daily or finer), e.g. `2023-06-12,BTC,USD,25918.35`. */
export const priceCsv: ImportFormat = {
  id: 'price-csv',
  label: 'Price series (CSV: date, asset, currency, price)',
  kind: 'attribution',
  version: '1',
  detect(sample: FileSample): number {
    const header = csvHeader(sample.head);
    return COLUMNS.every((c) => header.includes(c)) ? 0.95 : 0;
  },
  read(input: ImportInput): AsyncIterable<ImportRecord> {
    return rowRecords(readTableRows(input, 'csv'), (v) => ({
      kind: 'price',
      at: quoteTime(v.date),
      asset: code(v.asset, 'asset', /^[A-Z0-9]{2,10}$/, 'an asset ticker (BTC, ETH)'),
      currency: code(v.currency, 'currency', /^[A-Z]{3}$/, 'a three-letter currency code (USD)'),
      price: price(v.price),
    }));
  },
};
