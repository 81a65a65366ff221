/** The two readings of a coinbase scriptSig a pool tag is matched against. */
export interface CoinbaseReadings {
  /** UTF-8, as pools write their signatures today (七彩神仙鱼, 🐟); invalid sequences become U+FFFD. */
  utf8: string;
  /** One character per byte, for tags written as byte escapes ("\\x11\\*") and for ASCII in non-UTF-8 surroundings. */
  bytes: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

export function coinbaseReadings(scriptHex: string): CoinbaseReadings {
  const raw = Buffer.from(scriptHex, 'hex');
  return { utf8: utf8.decode(raw), bytes: raw.toString('latin1') };
}

/** Control, format (bidi overrides), private-use and unassigned code points, and undecodable bytes. */
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\uFFFD]/gu;

/** The coinbase scriptSig as an analyst reads it: its UTF-8 text, with whatever is not printable text shown as dots. */
export const readableCoinbase = (scriptHex: string): string => coinbaseReadings(scriptHex).utf8.replace(UNREADABLE, '.');
