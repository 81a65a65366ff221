import { describe, expect, it } from 'vitest';
import { fiatFigure, fiatText } from './fiat-text';

describe('fiat text', () => {
  const rate = { currency: 'USD', price: '25920.5', at: 0 };
  it('values an amount at its rate, grouped to the cent, signed for a spend', () => {
    expect(fiatText('733307299', 'BTC', rate)).toBe('190,076.92 USD');
    expect(fiatFigure('-1910', 'BTC', rate)).toBe('-0.50');
    expect(fiatText('2500000000000000000', 'ETH', { ...rate, price: '1740.1' })).toBe('4,350.25 USD');
  });
  it('shows nothing without a rate or an amount', () => {
    expect(fiatText('1', 'BTC', null)).toBeNull();
    expect(fiatFigure(null, 'BTC', rate)).toBeNull();
  });
});
