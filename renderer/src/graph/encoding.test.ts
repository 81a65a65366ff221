import { describe, expect, it } from 'vitest';
import { edgeWidth, legendKey } from './encoding';

describe('legendKey', () => {
  it('is the shared category class, so the canvas and the figures agree (mixing_service was "unknown" here)', () => {
    expect(legendKey('mixing_service')).toBe('mixer');
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
