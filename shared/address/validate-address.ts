import type { Chain } from '../domain/chain';
import { base58checkVersion } from './base58check';
import { isValidCashAddr } from './cashaddr';
import { eip55Problem } from './eip55';
import { decodeSegwit } from './segwit';

/** Base58 version bytes (mainnet) and the segwit human-readable part per UTXO chain. */
const UTXO_RULES: Record<'BTC' | 'LTC' | 'BCH', { versions: number[]; hrp: string | null }> = {
  BTC: { versions: [0x00, 0x05], hrp: 'bc' },
  LTC: { versions: [0x30, 0x32, 0x05], hrp: 'ltc' },
  BCH: { versions: [0x00, 0x05], hrp: null },
};

const MAX_ADDRESS_CHARS = 120;

/** Why `address` is not a valid address of `chain` (checksums included), or null when it is valid. */
export function addressProblem(chain: Chain, address: string): string | null {
  // No address format exceeds 90 characters (bech32); base58 decoding is quadratic, so never feed it a megabyte.
  if (address.length > MAX_ADDRESS_CHARS) return `too long for an address (${address.length} characters)`;
  if (chain === 'ETH' || chain === 'ETC') return eip55Problem(address);
  const rules = UTXO_RULES[chain];
  // Segwit spellings start with their prefix and "1"; try them first and skip a base58 decode bound to fail.
  if (/^(bc|ltc|tb)1/i.test(address)) {
    const segwit = decodeSegwit(address);
    if (!segwit) return 'bech32/bech32m checksum mismatch';
    return segwit.hrp === rules.hrp ? null : `segwit prefix "${segwit.hrp}" is not ${chain}`;
  }
  const version = base58checkVersion(address);
  if (version !== null) return rules.versions.includes(version) ? null : `base58 version byte ${version} is not a ${chain} address`;
  if (chain === 'BCH') return isValidCashAddr(address) ? null : 'not a valid base58check or CashAddr address (bad checksum?)';
  if (/^[13mn2LM][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(address)) return 'base58check checksum mismatch';
  return `not a ${chain} address`;
}

export const isValidAddress = (chain: Chain, address: string): boolean => addressProblem(chain, address) === null;
