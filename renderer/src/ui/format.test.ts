import { describe, expect, it } from 'vitest';
import { formatAmount, formatBytes, formatDuration, formatUnix, shorten } from './format';

describe('renderer formatting', () => {
  it('formats satoshi and wei with full precision and grouped whole part', () => {
    expect(formatAmount('5000000000', 'BTC')).toBe('50.00000000');
    expect(formatAmount('1', 'BTC')).toBe('0.00000001');
    expect(formatAmount('-123456789012', 'BTC')).toBe('-1,234.56789012');
    expect(formatAmount('1000000000000000001', 'ETH')).toBe('1.000000000000000001');
  });
  it('formats times, sizes, durations and short ids', () => {
    expect(formatUnix(1231006505)).toBe('2009-01-03 18:15:05 UTC');
    expect(formatUnix(null)).toBe('—');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(shorten('1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ')).toBe('1HaHTfmv…NmBQHQ');
  });
});
