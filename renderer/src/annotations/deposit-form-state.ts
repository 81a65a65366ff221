import { HASH_RENTAL_SERVICES, type HashRentalDeposit, type HashRentalDepositInput } from '../../../shared/domain/annotation';
import { plainDecimal } from './locale-amount';

/** The deposit form as text fields; times are datetime-local values read as UTC. */
export interface DepositDraft {
  service: HashRentalDepositInput['service'];
  serviceName: string;
  orderId: string;
  periodFrom: string;
  periodTo: string;
  algorithm: string;
  poolUrl: string;
  worker: string;
  payoutAddress: string;
  fiatAmount: string;
  fiatCurrency: string;
  btcAmount: string;
  depositTime: string;
  accountHolder: string;
  legalProcess: string;
  confidence: string;
  note: string;
}

const toLocal = (iso: string): string => iso.slice(0, 16);
/** "2023-03-01T10:00" (datetime-local, no zone) is taken as UTC, as the rental services report their orders. */
export const toIsoUtc = (local: string): string => (local === '' ? '' : `${local.length === 16 ? `${local}:00` : local}Z`);

/** The rental service an address's tags name (an address tagged "Hashing24" deposits to Hashing24), or null. */
export function serviceFromTags(tags: readonly { label: string; actor: string | null }[]): DepositDraft['service'] | null {
  const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = tags.map((t) => `${squash(t.label)} ${squash(t.actor ?? '')}`).join(' ');
  return HASH_RENTAL_SERVICES.find((s) => s !== 'other' && named.includes(squash(s))) ?? null;
}

export function draftFrom(existing: { deposit: HashRentalDeposit | null; note: string; confidence: number | null } | null, service?: DepositDraft['service'] | null): DepositDraft {
  const d = existing?.deposit;
  return {
    service: d?.service ?? service ?? 'NiceHash',
    serviceName: d?.serviceName ?? '',
    orderId: d?.orderId ?? '',
    periodFrom: d ? toLocal(d.periodFrom) : '',
    periodTo: d ? toLocal(d.periodTo) : '',
    algorithm: d?.algorithm ?? 'SHA256',
    poolUrl: d?.poolUrl ?? '',
    worker: d?.worker ?? '',
    payoutAddress: d?.payoutAddress ?? '',
    fiatAmount: d?.fiatAmount ?? '',
    fiatCurrency: d?.fiatCurrency ?? 'USD',
    btcAmount: d?.btcAmount ?? '',
    depositTime: d?.depositTime ? toLocal(d.depositTime) : '',
    accountHolder: d?.accountHolder ?? '',
    legalProcess: d?.legalProcess ?? '',
    confidence: existing?.confidence === null || existing?.confidence === undefined ? '80' : String(existing.confidence),
    note: existing?.note ?? '',
  };
}

/**
 * The API input; validation of every field happens at the API boundary (zod), which names the field that failed.
 * Amounts typed the analyst's way ("2,650.00", "2.650,00" in German) are sent as plain decimals.
 */
export function depositInput(draft: DepositDraft, evidenceFile: string | null, locale?: string) {
  const { confidence, note, periodFrom, periodTo, depositTime, fiatAmount, btcAmount, ...fields } = draft;
  return {
    note,
    confidence: confidence.trim() === '' ? null : Number(confidence),
    deposit: {
      ...fields,
      fiatAmount: plainDecimal(fiatAmount, locale),
      btcAmount: plainDecimal(btcAmount, locale),
      periodFrom: toIsoUtc(periodFrom),
      periodTo: toIsoUtc(periodTo),
      depositTime: toIsoUtc(depositTime),
      evidenceFile,
    },
  };
}
