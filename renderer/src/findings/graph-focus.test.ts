import { describe, expect, it } from 'vitest';
import { focusNodeIds, selectionChain, subjectNodeId } from './graph-focus';
import { matchesFilters } from './FindingFilters';
import type { Finding } from '../../../shared/domain/analysis';

describe('graph focus ids', () => {
  it('maps finding subjects to graph node ids; outputs to their transaction, clusters to nothing', () => {
    expect(subjectNodeId('BTC', { type: 'address', id: 'bc1qx' })).toBe('address:BTC:bc1qx');
    expect(subjectNodeId('LTC', { type: 'output', id: 'ab12:3' })).toBe('tx:LTC:ab12');
    expect(subjectNodeId('BTC', { type: 'cluster', id: '7' })).toBeNull();
    expect(focusNodeIds([{ type: 'tx', id: 'ff' }])).toEqual(['tx:BTC:ff', 'tx:LTC:ff', 'tx:BCH:ff', 'tx:ETH:ff', 'tx:ETC:ff']);
  });

  it('takes the chain from the selection, BTC otherwise', () => {
    expect(selectionChain('address:LTC:Lx')).toBe('LTC');
    expect(selectionChain(null)).toBe('BTC');
    expect(selectionChain('address:XYZ:q')).toBe('BTC');
  });

  it('filters findings by detector, severity and status ("" = any)', () => {
    const f = { detector: 'hash-rental', severity: 'high', status: 'new' } as Finding;
    expect(matchesFilters(f, { detector: '', severity: '', status: '' })).toBe(true);
    expect(matchesFilters(f, { detector: 'hash-rental', severity: 'high', status: 'new' })).toBe(true);
    expect(matchesFilters(f, { detector: '', severity: 'low', status: '' })).toBe(false);
    expect(matchesFilters(f, { detector: '', severity: '', status: 'accepted' })).toBe(false);
  });
});
