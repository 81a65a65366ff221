import { describe, expect, it } from 'vitest';
import { buildMapping, guessColumns, mappingFields } from './csv-mapping-fields';
import { planProblem, planRuns, type FilePlan } from './import-plan';

const file = (id: string) => ({ id, name: `${id}.csv`, size: 1 });

describe('import plan', () => {
  it('groups files sharing format, chain, mapping and stated confidence into one run, in order', () => {
    const plans: FilePlan[] = [
      { file: file('a'), format: null, chain: null, mapping: null, confidence: null },
      { file: file('b'), format: 'sanctions-list', chain: 'LTC', mapping: null, confidence: 'authority_data' },
      { file: file('c'), format: null, chain: null, mapping: null, confidence: null },
    ];
    expect(planRuns(plans, 'refuse')).toEqual([
      { files: [file('a'), file('c')], onBadRows: 'refuse' },
      { files: [file('b')], format: 'sanctions-list', chain: 'LTC', confidence: 'authority_data', onBadRows: 'refuse' },
    ]);
  });

  it('holds back unrecognised files and generic CSV without a mapping', () => {
    const plan: FilePlan = { file: file('a'), format: null, chain: null, mapping: null, confidence: null };
    const seen = (format: string | null) => ({ format, namesChain: true });
    expect(planProblem(plan, seen(null))).toBe('a.csv: format not recognised; choose one, or remove the file.');
    expect(planProblem(plan, undefined)).toBeNull();
    expect(planProblem(plan, seen('generic-csv'))).toBe('a.csv: map the CSV columns first.');
    expect(planProblem({ ...plan, format: 'csv-labels' }, seen(null))).toBeNull();
    const mapping = { kind: 'labels' as const, chain: 'BTC' as const, columns: { address: 'a', label: 'b' } };
    expect(planProblem({ ...plan, format: 'generic-csv', mapping }, seen(null))).toBeNull();
  });

  it('asks for the chain of a file that does not say it (a label CSV without a chain column), and no more once chosen', () => {
    const plan: FilePlan = { file: file('labels'), format: null, chain: null, mapping: null, confidence: null };
    const detected = { format: 'csv-labels', namesChain: false };
    expect(planProblem(plan, detected)).toBe('labels.csv: the file does not say its chain; choose its Chain.');
    expect(planProblem({ ...plan, chain: 'BTC' }, detected)).toBeNull();
  });
});

describe('CSV mapping from the engine schema', () => {
  it('lists the fields of each kind with what is required', () => {
    expect(mappingFields('labels')).toEqual([
      { name: 'address', required: true },
      { name: 'label', required: true },
      { name: 'category', required: false },
      { name: 'actor', required: false },
    ]);
    expect(mappingFields('transfers').filter((f) => f.required).map((f) => f.name)).toEqual(['txid', 'from', 'to', 'value']);
  });

  it('guesses columns by header name and validates with the engine schema', () => {
    const columns = ['Tx Hash', 'From', 'To', 'Value', 'Timestamp'];
    expect(guessColumns('transfers', columns)).toEqual({ from: 'From', to: 'To', value: 'Value', time: 'Timestamp' });
    expect(buildMapping('transfers', 'ETH', 18, { from: 'From', to: 'To', value: 'Value', txid: '' })).toEqual({ problem: 'txid: choose a column' });
    expect(buildMapping('transfers', 'ETH', 18, { txid: 'Tx Hash', from: 'From', to: 'To', value: 'Value', time: '' })).toEqual({
      mapping: { kind: 'transfers', chain: 'ETH', decimals: 18, columns: { txid: 'Tx Hash', from: 'From', to: 'To', value: 'Value' } },
    });
  });
});
