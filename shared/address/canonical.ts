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
