import { bech32, bech32m } from 'bech32';

/** A decoded segwit address: human-readable part, witness version and program length. */
export interface SegwitAddress {
  hrp: string;
  version: number;
  programLength: number;
}

/**
 * Decodes a BIP-173/BIP-350 address: version 0 must use bech32, versions 1-16 bech32m.
 * Returns null for a wrong checksum, mixed case, or an invalid program.
 */
export function decodeSegwit(address: string): SegwitAddress | null {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return null;
  const lower = address.toLowerCase();
  // The witness version (the character after the last "1") says which checksum to try first: "q" (0) uses bech32,
  // later versions bech32m. A failed decode throws, which costs more than the decode itself.
  const likely = lower[lower.lastIndexOf('1') + 1] === 'q' ? 'bech32' : 'bech32m';
  const other = likely === 'bech32' ? 'bech32m' : 'bech32';
  const decoded = tryDecode(lower, likely) ?? tryDecode(lower, other);
  if (!decoded) return null;
  const [version, ...data] = decoded.words;
  if (version === undefined || version > 16) return null;
  if ((version === 0) !== (decoded.encoding === 'bech32')) return null;
  let program: number[];
  try {
    program = bech32.fromWords(data);
  } catch {
    return null;
  }
  if (program.length < 2 || program.length > 40) return null;
  if (version === 0 && program.length !== 20 && program.length !== 32) return null;
  return { hrp: decoded.prefix, version, programLength: program.length };
}

function tryDecode(address: string, encoding: 'bech32' | 'bech32m') {
  try {
    const { prefix, words } = (encoding === 'bech32' ? bech32 : bech32m).decode(address, 90);
    return { prefix, words, encoding };
  } catch {
    return null;
  }
}
