import type { HashRentalDeposit, HashRentalDepositInput } from '../../../shared/domain/annotation';

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
  confidence: string;
  note: string;
}

const toLocal = (iso: string): string => iso.slice(0, 16);
/** "2023-03-01T10:00" (datetime-local, no zone) is taken as UTC, as the rental services report their orders. */
export const toIsoUtc = (local: string): string => (local === '' ? '' : `${local.length === 16 ? `${local}:00` : local}Z`);

export function draftFrom(existing: { deposit: HashRentalDeposit | null; note: string; confidence: number | null } | null): DepositDraft {
  const d = existing?.deposit;
  return {
    service: d?.service ?? 'NiceHash',
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
    confidence: existing?.confidence === null || existing?.confidence === undefined ? '80' : String(existing.confidence),
    note: existing?.note ?? '',
  };
}

/** The API input; validation of every field happens at the API boundary (zod), which names the field that failed. */
export function depositInput(draft: DepositDraft, evidenceFile: string | null) {
  const { confidence, note, periodFrom, periodTo, ...fields } = draft;
  return {
    note,
    confidence: confidence.trim() === '' ? null : Number(confidence),
    deposit: { ...fields, periodFrom: toIsoUtc(periodFrom), periodTo: toIsoUtc(periodTo), evidenceFile },
  };
}
