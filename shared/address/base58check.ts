import * as bs58checkModule from 'bs58check';

type Codec = typeof bs58checkModule.default;

/**
 * The package is ESM with a CommonJS twin, and bundlers wrap it differently (the codec may sit on the namespace, on
 * its default, or on the default's default in a CommonJS bundle with external packages): take it from where it is.
 */
function findCodec(candidate: unknown): Codec {
  for (let depth = 0; depth < 3 && typeof candidate === 'object' && candidate !== null; depth += 1) {
    if (typeof (candidate as Partial<Codec>).decode === 'function') return candidate as Codec;
    candidate = (candidate as { default?: unknown }).default;
  }
  throw new Error('bs58check: no decode function found');
}

const bs58check = findCodec(bs58checkModule);

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
