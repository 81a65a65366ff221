import { describe, expect, it } from 'vitest';
import { plainDecimal } from './locale-amount';

describe('amounts in the analyst locale', () => {
  it('reads English grouping and decimals', () => {
    expect(plainDecimal('2,650.00', 'en-US')).toBe('2650.00');
    expect(plainDecimal('1,234,567.5', 'en-US')).toBe('1234567.5');
    expect(plainDecimal('2650', 'en-US')).toBe('2650');
    expect(plainDecimal(' 0.5 ', 'en-US')).toBe('0.5');
    expect(plainDecimal('2,650', 'en-US')).toBe('2650');
  });

  it('reads German and French ways of writing the same amount', () => {
    expect(plainDecimal('2.650,00', 'de-DE')).toBe('2650.00');
    expect(plainDecimal('2650,5', 'de-DE')).toBe('2650.5');
    expect(plainDecimal('2.650', 'de-DE')).toBe('2650');
    expect(plainDecimal('2 650,00', 'fr-FR')).toBe('2650.00');
  });

  it('a decimal comma where the locale groups with commas is still a decimal when it cannot be grouping', () => {
    expect(plainDecimal('0,25', 'en-US')).toBe('0.25');
  });

  it('leaves what is no number for the API to refuse with its own message', () => {
    expect(plainDecimal('about 45k', 'en-US')).toBe('about 45k');
    expect(plainDecimal('1.2.3', 'de-DE')).toBe('1.2.3');
  });
});
