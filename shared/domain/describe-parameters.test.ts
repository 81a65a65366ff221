import { describe, expect, it } from 'vitest';
import { describeParameters } from './describe-parameters';

describe('describeParameters', () => {
  it('says the deposit-to-payout parameters as sentences, never JSON', () => {
    const text = describeParameters({ depositWindowDays: 14, depositPayoutRatio: 1, depositTolerance: 0.25, lineageTheta: 0.5 });
    expect(text).toBe('Payouts within 14 days of the deposits; payouts between 75 % and 125 % of the deposits; ' +
      'an output counts as pool funds when at least 50 % of it descends from coinbases.');
    expect(text).not.toMatch(/[{}":]/);
  });

  it('says every detector of the demo in words, and unknown keys plainly', () => {
    expect(describeParameters({ rentalHops: 6, hop: 1, taintHops: 10 })).toMatch(/^A deposit counts when it is at most 6 hops from tainted funds; this deposit is 1 hop away; /);
    expect(describeParameters({ exposureHops: 3, minExposure: '10000' })).toContain('exposure below 10,000 base units (0.0001 BTC) is ignored');
    expect(describeParameters({ heuristics: { sharedInput: true, changeMerge: false }, guardGrowth: 500 })).toContain('Clustering heuristics on: shared input');
    expect(describeParameters({ someNewKnob: { a: 1 } })).toBe('Some new knob: a 1.');
    expect(describeParameters({})).toBe('No parameters.');
  });
});
