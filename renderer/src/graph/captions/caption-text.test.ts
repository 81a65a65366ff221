import { describe, expect, it } from 'vitest';
import { captionOf, compactAmount, shortAddress } from './caption-text';

const base = { time: null, isCoinbase: false } as const;

describe('captions', () => {
  it('names an address by its tag, else by its short form', () => {
    const address = 'bc1qgmm97mlcgjhdlppw2ugdcazq53cu3pfxe8rnkw';
    expect(shortAddress(address)).toBe('bc1qgmm…e8rnkw');
    expect(captionOf({ ...base, id: `address:BTC:${address}`, kind: 'address', label: address, tag: null })).toBe('bc1qgmm…e8rnkw');
    expect(captionOf({ ...base, id: `address:BTC:${address}`, kind: 'address', label: address, tag: 'NiceHash deposit address' })).toBe('NiceHash deposit address');
    expect(captionOf({ ...base, id: 'address:BTC:x', kind: 'address', label: 'x', tag: 'Phishing collection address (victim reports)' })).toBe('Phishing collection addre…');
  });

  it('gives a transaction its amount and day, not a txid fragment', () => {
    expect(captionOf({ id: 'tx:BTC:ab', kind: 'tx', label: 'ab12…', value: '339612345', time: 1_700_000_000, isCoinbase: false })).toBe('3.3961 BTC · 2023-11-14');
    expect(captionOf({ id: 'tx:BTC:ab', kind: 'tx', label: 'ab12…', value: '625000000', time: 1_700_000_000, isCoinbase: true })).toBe('coinbase · 6.25 BTC · 2023-11-14');
  });

  it('keeps tiny amounts readable and whole ones short', () => {
    expect(compactAmount('1234', 'BTC')).toBe('0.00001234 BTC');
    expect(compactAmount('100000000', 'BTC')).toBe('1 BTC');
    expect(compactAmount('0', 'BTC')).toBe('0 BTC');
  });
});
