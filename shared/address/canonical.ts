import type { Chain } from '../domain/chain';

/**
 * The one spelling a case stores for an address, so the same address from two sources is one row: account addresses
 * and bech32 addresses are case-insensitive and stored lower-case; base58 is case-sensitive and kept as given.
 */
export function canonicalAddress(chain: Chain, address: string): string {
  if (chain === 'ETH' || chain === 'ETC') return address.toLowerCase();
  if (/^(bc|ltc|tb|bitcoincash:)/i.test(address)) return address.toLowerCase();
  return address;
}

/**
 * The stored spelling of an address the analyst typed, for lookups: an EIP-55 checksummed (mixed-case) account
 * address or an upper-case bech32 address finds its lower-case row. Without a chain, the shape decides.
 */
export function lookupAddress(address: string, chain?: string | null): string {
  const a = address.trim();
  // A chain the case does not model spells nothing differently: canonicalAddress keeps what it does not know.
  return canonicalAddress((chain ?? (/^0x[0-9a-fA-F]{40}$/.test(a) ? 'ETH' : 'BTC')) as Chain, a);
}
