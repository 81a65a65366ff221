import { describe, expect, it } from 'vitest';
import { DAY, formatBound, formatSpan, sliderScale } from './slider-scale';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('time filter slider scale', () => {
  it('steps whole hours over a six-day window, a day per page, with ends on the hour', () => {
    const min = at('2024-03-01T09:17:43Z');
    const max = min + 6 * DAY;
    const scale = sliderScale(min, max);
    expect(scale).toEqual({ step: 3600, page: DAY, lo: at('2024-03-01T09:00:00Z'), hi: at('2024-03-07T10:00:00Z') });
    // About two hundred presses cross it, not half a million.
    expect((scale.hi - scale.lo) / scale.step).toBeGreaterThan(100);
    expect((scale.hi - scale.lo) / scale.step).toBeLessThanOrEqual(200);
  });

  it('picks finer units for short windows and days or weeks for long ones', () => {
    expect(sliderScale(0, 120).step).toBe(1);
    expect(sliderScale(0, 3 * 3600).step).toBe(60);
    expect(sliderScale(0, 3 * 3600).page).toBe(600);
    expect(sliderScale(0, 90 * DAY).step).toBe(12 * 3600);
    expect(sliderScale(0, 3 * 365 * DAY).step).toBe(7 * DAY);
    expect(sliderScale(0, 3 * 365 * DAY).page).toBe(70 * DAY);
    expect(sliderScale(5, 5).step).toBe(1);
  });

  it('writes bounds as readable UTC dates to the step and spans in words', () => {
    const t = at('2024-03-03T14:05:09Z');
    expect(formatBound(t, 3600)).toBe('3 Mar 2024 14:05');
    expect(formatBound(t, 1)).toBe('3 Mar 2024 14:05:09');
    expect(formatBound(t, DAY)).toBe('3 Mar 2024');
    expect(formatSpan(2 * DAY + 5 * 3600 + 7)).toBe('2 d 5 h');
    expect(formatSpan(3 * 3600 + 20 * 60)).toBe('3 h 20 min');
    expect(formatSpan(45)).toBe('45 s');
  });
});
