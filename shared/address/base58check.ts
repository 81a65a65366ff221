import bs58check from 'bs58check';

/** The version byte of a valid base58check address, or null when the checksum or encoding is wrong. */
export function base58checkVersion(address: string): number | null {
  // A 21-byte payload is at most 35 base58 characters; longer input is refused before the quadratic decode.
  if (address.length > 40) return null;
  try {
    const payload = bs58check.decode(address);
    // P2PKH/P2SH payloads are one version byte plus a 20-byte hash.
    return payload.length === 21 ? (payload[0] ?? null) : null;
  } catch {
    return null;
  }
}
