import type { ImportRecord } from '../import/records';

/** A typed annotation the generator plants: a subpoena return for a hash-rental deposit, with the off-chain link it proves. */
export interface DemoAnnotationRecord {
  kind: 'annotation';
  subjectType: 'address';
  chain: 'BTC';
  subject: string;
  annotationKind: 'hash_rental_deposit';
  note: string;
  data: Record<string, string | number>;
  confidence: number;
  /** The payout address the rental order pointed the pool at: tracing crosses from the deposit to it. */
  linkTo: string;
}

export type DemoRecord = Exclude<ImportRecord, { kind: 'reject' }> | DemoAnnotationRecord;
