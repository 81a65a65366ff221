import { describe, expect, it } from 'vitest';
import { hitKind, positionText, stepIndex } from './search-steps';

describe('search steps', () => {
  it('steps forward and back through the matches, wrapping at both ends', () => {
    expect(stepIndex(0, 1, 27)).toBe(1);
    expect(stepIndex(26, 1, 27)).toBe(0);
    expect(stepIndex(0, -1, 27)).toBe(26);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });

  it('says where it is among the matches, and when there may be more', () => {
    expect(positionText(0, 27, 100)).toBe('1 of 27');
    expect(positionText(4, 100, 100)).toBe('5 of 100+');
  });

  it('names the kind of each hit', () => {
    const hit = { nodeId: 'x', label: 'x', onGraph: true };
    expect(hitKind({ ...hit, kind: 'address', match: 'address' })).toBe('Address');
    expect(hitKind({ ...hit, kind: 'tx', match: 'txid' })).toBe('Transaction');
    expect(hitKind({ ...hit, kind: 'address', match: 'tag' })).toBe('Label');
    expect(hitKind({ ...hit, kind: 'address', match: 'actor' })).toBe('Actor');
  });
});
