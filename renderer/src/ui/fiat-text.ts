import { fiatValue, formatFiat, type FiatRate } from '../../../shared/domain/fiat';

/** An amount's value at its transaction's price ("32,099.22 USD"); null where no imported price covers the day. */
export const fiatText = (amount: string | null, chain: string, rate: FiatRate | null | undefined): string | null =>
  amount === null || !rate ? null : formatFiat(fiatValue(amount, chain, rate.price), rate.currency);

/** The same without the currency, for a column whose header names it ("32,099.22"). */
export const fiatFigure = (amount: string | null, chain: string, rate: FiatRate | null | undefined): string | null =>
  fiatText(amount, chain, rate)?.replace(/ [A-Z]{3}$/, '') ?? null;
