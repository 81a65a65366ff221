import { z } from 'zod';
import { CHAIN_DECIMALS } from '../amount';

/** The price that covers a transaction's time: from an imported series, for the case's display currency. */
export const FiatRate = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Price of one coin, as the series gave it (decimal text). */
  price: z.string(),
  /** When the price was quoted (Unix seconds; 00:00 UTC for a daily series). */
  at: z.number().int(),
});
export type FiatRate = z.infer<typeof FiatRate>;

/**
 * Value of an amount (base units) at a rate, to the cent: amount × price ÷ 10^decimals, half a cent rounded away from
 * zero. The engine's SQL (fiat/prices.ts) does the same double operations in the same order, so both show one figure.
 */
export function fiatValue(amount: string | bigint, chain: string, price: string | number): number {
  const exact = (Number(amount) * Number(price)) / 10 ** (CHAIN_DECIMALS[chain] ?? 8);
  return (Math.sign(exact) * Math.floor(Math.abs(exact) * 100 + 0.5)) / 100;
}

/** "1,234.56 USD" (negative amounts keep their sign). */
export const formatFiat = (value: number, currency: string): string =>
  `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
