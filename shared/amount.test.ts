import { describe, expect, it } from 'vitest';
import { formatBaseUnitsFixed } from './amount';

describe('formatBaseUnitsFixed', () => {
  it.each([
    ['5000000000', 8, '50.00000000'],
    ['1', 8, '0.00000001'],
    ['-150000000', 8, '-1.50000000'],
    ['0', 8, '0.00000000'],
    ['2100000000000000', 8, '21000000.00000000'],
    ['123456789012345678901', 18, '123.456789012345678901'],
  ])('%s base units at %d places -> %s (no float on the way)', (value, decimals, expected) => {
    expect(formatBaseUnitsFixed(value, decimals)).toBe(expected);
  });
});
