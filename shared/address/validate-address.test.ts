import { describe, expect, it } from 'vitest';
import { toChecksumAddress } from './eip55';
import { addressProblem, isValidAddress } from './validate-address';

describe('addressProblem', () => {
  it('accepts real mainnet addresses of every script kind', () => {
    expect(addressProblem('BTC', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ')).toBeNull();
    expect(addressProblem('BTC', '3C9sAKXrBVpJVe3b738yik4LPHpPmceBgd')).toBeNull();
    expect(addressProblem('BTC', 'bc1q39dled8an7enuxtmjql3pk7ny8kzvsxhd924sl')).toBeNull();
    // BIP-350 test vector (taproot, bech32m).
    expect(addressProblem('BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBeNull();
    expect(addressProblem('BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a')).toBeNull();
    expect(addressProblem('ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBeNull();
    expect(addressProblem('ETH', '0xae2fc483527b8ef99eb5d9b44875f005ba1fae13')).toBeNull();
  });

  it('names the broken checksum', () => {
    expect(addressProblem('BTC', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPR')).toBe('base58check checksum mismatch');
    expect(addressProblem('BTC', 'bc1q39dled8an7enuxtmjql3pk7ny8kzvsxhd924sm')).toBe('bech32/bech32m checksum mismatch');
    // Version 1 program encoded with bech32 instead of bech32m (BIP-350 invalid vector).
    expect(isValidAddress('BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd')).toBe(false);
    expect(addressProblem('ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe('EIP-55 checksum mismatch');
    expect(addressProblem('ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe')).toBe('expected 0x and 40 hex digits');
    expect(isValidAddress('BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6b')).toBe(false);
  });

  it('refuses a huge string quickly instead of decoding it', () => {
    const started = performance.now();
    expect(addressProblem('BTC', '1'.repeat(200_000))).toMatch(/too long/);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses an address of another chain', () => {
    expect(addressProblem('LTC', '1PkqKGbNLDdDJGveCcNUMV9CEFH77ADrPQ')).toMatch(/version byte 0/);
    expect(addressProblem('LTC', 'bc1q39dled8an7enuxtmjql3pk7ny8kzvsxhd924sl')).toMatch(/segwit prefix "bc"/);
  });

  it('computes EIP-55 spellings (the EIP test vectors)', () => {
    for (const a of ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(toChecksumAddress(a.toLowerCase())).toBe(a);
    }
  });
});
