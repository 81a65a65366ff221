/** Exact decimal <-> base-unit conversion. Amounts are never floats: "0.1" BTC is 10000000 satoshi, exactly. */
export function decimalToBaseUnits(text: string, decimals: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal number: ${text.slice(0, 40)}`);
  const [, sign, whole = '0', frac = '', exp = '0'] = m;
  const shift = decimals + Number(exp);
  let digits = whole + frac;
  let scale = shift - frac.length;
  if (scale < 0) {
    const dropped = digits.slice(digits.length + scale);
    if (/[1-9]/.test(dropped)) throw new RangeError(`more precision than ${decimals} decimals: ${text.slice(0, 40)}`);
    digits = digits.slice(0, digits.length + scale) || '0';
    scale = 0;
  }
  const value = BigInt(digits) * 10n ** BigInt(scale);
  return sign === '-' ? -value : value;
}

/** Formats base units as a decimal string with the chain's precision, trimming trailing zeros. */
export function formatBaseUnits(value: bigint | string, decimals: number): string {
  const v = BigInt(value);
  const negative = v < 0n;
  const abs = (negative ? -v : v).toString().padStart(decimals + 1, '0');
  const whole = abs.slice(0, abs.length - decimals);
  const frac = abs.slice(abs.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

export const CHAIN_DECIMALS: Record<string, number> = { BTC: 8, LTC: 8, BCH: 8, ETH: 18, ETC: 18 };

/** Base units as a decimal string with exactly `decimals` places (CSV coin columns: "0.50000000"), never through a float. */
export function formatBaseUnitsFixed(value: bigint | string, decimals: number): string {
  const v = BigInt(value);
  const abs = (v < 0n ? -v : v).toString().padStart(decimals + 1, '0');
  const whole = abs.slice(0, abs.length - decimals);
  return `${v < 0n ? '-' : ''}${whole}${decimals > 0 ? `.${abs.slice(abs.length - decimals)}` : ''}`;
}
