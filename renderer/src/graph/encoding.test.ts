import { describe, expect, it } from 'vitest';
import { edgeWidth, legendKey } from './encoding';

describe('legendKey', () => {
  it('maps tag categories and their synonyms onto the legend, anything else to unknown', () => {
    expect(legendKey('victim')).toBe('victim');
    expect(legendKey('miner')).toBe('mining_pool');
    expect(legendKey('Sanction')).toBe('sanctioned');
    expect(legendKey('hash_rental_marketplace')).toBe('hash_rental_marketplace');
    expect(legendKey('defi')).toBe('unknown');
    expect(legendKey(null)).toBe('unknown');
  });
});

describe('edgeWidth', () => {
  it('grows with the amount\'s magnitude and stays within 1..8 px', () => {
    expect(edgeWidth('0')).toBe(1);
    expect(edgeWidth('5000')).toBe(1);
    expect(edgeWidth('100000000')).toBeGreaterThan(edgeWidth('100000'));
    expect(edgeWidth('1'.padEnd(40, '0'))).toBe(8);
  });
});
