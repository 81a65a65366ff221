import { describe, expect, it } from 'vitest';
import { AnnotationInput, HashRentalDeposit } from '../../../shared/domain/annotation';
import { depositInput, draftFrom, serviceFromTags, toIsoUtc } from './deposit-form-state';

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
        btcAmount: '0.5', depositTime: '2023-01-02T04:00:00Z', accountHolder: 'J. Doe', legalProcess: 'SUB-2023-17',
      },
    });
    expect(draft).toMatchObject({ service: 'Hashing24', periodFrom: '2023-01-02T03:04', confidence: '55', fiatCurrency: 'EUR', depositTime: '2023-01-02T04:00', legalProcess: 'SUB-2023-17' });
  });

  const filled = {
    orderId: 'H-1',
    periodFrom: '2023-06-08T05:00',
    periodTo: '2023-06-09T05:00',
    poolUrl: 'stratum+tcp://pool.example:3333',
    payoutAddress: '1HaHTfmvoUW6i6nhJf8jJs6tU4cHNmBQHQ',
  };

  it('carries the evidence fields (BTC amount, deposit time, account holder, legal process) and reads amounts the analyst way', () => {
    const draft = { ...draftFrom(null), ...filled, fiatAmount: '2,650.00', btcAmount: '1,25', depositTime: '2023-06-08T04:30', accountHolder: 'J. Doe <jd@example.org>', legalProcess: 'Subpoena 23-117' };
    const parsed = AnnotationInput.parse(depositInput(draft, null, 'en-US'));
    expect(parsed.deposit).toMatchObject({ fiatAmount: '2650.00', btcAmount: '1.25', depositTime: '2023-06-08T04:30:00Z', accountHolder: 'J. Doe <jd@example.org>', legalProcess: 'Subpoena 23-117' });
    expect(AnnotationInput.parse(depositInput({ ...draft, fiatAmount: '2.650,00' }, null, 'de-DE')).deposit?.fiatAmount).toBe('2650.00');
    expect(AnnotationInput.safeParse(depositInput({ ...draft, btcAmount: '0.123456789' }, null, 'en-US')).error?.issues[0]?.path.at(-1)).toBe('btcAmount');
  });

  it('a deposit stored before the evidence fields existed still reads (they default to empty)', () => {
    const old = { service: 'NiceHash', orderId: 'N-1', periodFrom: '2023-01-02T03:04:00Z', periodTo: '2023-01-03T03:04:00Z', algorithm: 'SHA256', poolUrl: 'stratum+tcp://x:1', payoutAddress: 'a', fiatAmount: '1', fiatCurrency: 'USD', evidenceDocument: null };
    expect(HashRentalDeposit.parse(old)).toMatchObject({ btcAmount: '', depositTime: '', accountHolder: '', legalProcess: '' });
  });

  it("defaults the service to the one the address's tags name", () => {
    expect(serviceFromTags([{ label: 'Hashing24 deposit address', actor: null }])).toBe('Hashing24');
    expect(serviceFromTags([{ label: 'rental', actor: 'mining-rig-rentals' }])).toBe('MiningRigRentals');
    expect(serviceFromTags([{ label: 'CoinVault deposit address', actor: 'coinvault' }])).toBeNull();
    expect(draftFrom(null, 'Hashing24').service).toBe('Hashing24');
  });
});
