import { describe, expect, it } from 'vitest';
import type { ScreenRow } from '../../../shared/domain/screen';
import { addressesOf, byExposure, pathNodeIds, percent } from './screen-rows';

const row = (address: string, exposure: number, hops: number | null): ScreenRow => ({
  address, exposure, hops, entity: null, category: null, path: [], received: '1', tainted: '0',
});

describe('screening rows', () => {
  it('reads pasted addresses on lines, commas or spaces, skipping comments and repeats', () => {
    expect(addressesOf('# pool payouts\nbc1qa, 1B\n\n 3C bc1qa\r\n')).toEqual(['bc1qa', '1B', '3C']);
  });

  it('puts the most exposed first, nearer sources before farther ones', () => {
    const rows = [row('a', 0, null), row('b', 0.5, 4), row('c', 0.5, 2), row('d', 1, 6)];
    expect(byExposure(rows).map((r) => r.address)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('names path steps as address and tx nodes in turn', () => {
    expect(pathNodeIds('BTC', ['src', 'tx1', 'mid', 'tx2', 'dst'])).toEqual([
      'address:BTC:src', 'tx:BTC:tx1', 'address:BTC:mid', 'tx:BTC:tx2', 'address:BTC:dst',
    ]);
    expect(percent(0.68834)).toBe('68.8%');
    expect(percent(0.0004)).toBe('0.040%');
  });
});
