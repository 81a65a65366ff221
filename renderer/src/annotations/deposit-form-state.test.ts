import { describe, expect, it } from 'vitest';
import { AnnotationInput } from '../../../shared/domain/annotation';
import { depositInput, draftFrom, toIsoUtc } from './deposit-form-state';

describe('deposit form state', () => {
  it('reads datetime-local values as UTC ISO times the API accepts', () => {
    expect(toIsoUtc('2023-06-08T05:00')).toBe('2023-06-08T05:00:00Z');
    expect(toIsoUtc('2023-06-08T05:00:30')).toBe('2023-06-08T05:00:30Z');
    expect(toIsoUtc('')).toBe('');
  });

  it('a filled form becomes an input the API schema accepts; a blank one is refused field by field', () => {
    const draft = {
      ...draftFrom(null),
      orderId: 'NH-1',
      periodFrom: '2023-06-08T05:00',
      periodTo: '2023-06-09T05:00',
      poolUrl: 'stratum+tcp://pool.example:3333',
      payoutAddress: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ',
      fiatAmount: '100.50',
    };
    const parsed = AnnotationInput.parse(depositInput(draft, 'file-1'));
    expect(parsed.deposit).toMatchObject({ service: 'NiceHash', algorithm: 'SHA256', fiatCurrency: 'USD', evidenceFile: 'file-1', periodFrom: '2023-06-08T05:00:00Z' });
    expect(parsed.confidence).toBe(80);
    const blank = AnnotationInput.safeParse(depositInput(draftFrom(null), null));
    const fields = new Set(blank.error?.issues.map((i) => i.path.at(-1)));
    expect([...fields]).toEqual(expect.arrayContaining(['orderId', 'periodFrom', 'periodTo', 'poolUrl', 'payoutAddress', 'fiatAmount']));
  });

  it('editing starts from the stored deposit, times back in datetime-local form', () => {
    const draft = draftFrom({
      note: 'n',
      confidence: 55,
      deposit: {
        service: 'Hashing24', serviceName: '', orderId: 'H-9', periodFrom: '2023-01-02T03:04:00Z', periodTo: '2023-01-03T03:04:00Z', algorithm: 'SHA256',
        poolUrl: 'stratum+tcp://x:1', worker: '', payoutAddress: 'a', fiatAmount: '1', fiatCurrency: 'EUR', evidenceDocument: null,
      },
    });
    expect(draft).toMatchObject({ service: 'Hashing24', periodFrom: '2023-01-02T03:04', confidence: '55', fiatCurrency: 'EUR' });
  });
});
