import { z } from 'zod';
import { Chain } from './chain';

/** What an annotation is attached to: an address, a transaction, an edge ("txid:vout" or a graph edge id) or a cluster. */
export const AnnotationSubject = z
  .object({
    type: z.enum(['address', 'tx', 'edge', 'cluster']),
    chain: Chain,
    id: z.string().trim().min(1).max(300),
  })
  .strict();
export type AnnotationSubject = z.infer<typeof AnnotationSubject>;

export const HASH_RENTAL_SERVICES = ['NiceHash', 'Hashing24', 'MiningRigRentals', 'other'] as const;
export const HashRentalService = z.enum(HASH_RENTAL_SERVICES);

/** The evidence document is named and fingerprinted, never stored: the examiner keeps the file itself. */
export const EvidenceDocument = z.object({
  name: z.string().min(1).max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
  size: z.number().int().min(0),
});
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;

const Text = (max: number) => z.string().trim().min(1).max(max);
/** A pool URL is recorded as text only (never fetched): scheme://host..., no spaces or control characters. */
const PoolUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^[a-z][a-z0-9+.-]*:\/\/[^\s\p{Cc}]+$/iu, 'expected a URL such as stratum+tcp://pool.example:3333');
const IsoTime = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date and time' });
/** Fiat amounts are decimal text (never floats): "45000" or "45000.50". */
const FiatAmount = z.string().trim().regex(/^\d{1,15}(\.\d{1,2})?$/, 'expected an amount such as 45000.00');
/** The BTC the deposit paid, as decimal text with up to 8 places; empty when the return does not say. */
const BtcAmount = z.string().trim().regex(/^(\d{1,8}(\.\d{1,8})?)?$/, 'expected an amount in BTC such as 0.5 (up to 8 decimals)');
/** Optional text: empty when the subpoena return does not give it. */
const OptionalText = (max: number) => z.string().trim().max(max).default('');

/** The typed fields a subpoena return from a hash-rental service gives for one order, as the analyst enters them. */
const depositFields = {
  service: HashRentalService,
  /** The service's name when `service` is "other". */
  serviceName: z.string().trim().max(100).default(''),
  orderId: Text(200),
  periodFrom: IsoTime,
  periodTo: IsoTime,
  algorithm: Text(50),
  poolUrl: PoolUrl,
  worker: z.string().trim().max(200).default(''),
  payoutAddress: Text(120),
  fiatAmount: FiatAmount,
  fiatCurrency: z.string().trim().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
  /** What the evidence needs beyond the order (optional, so deposits recorded before them still read). */
  btcAmount: BtcAmount.default(''),
  depositTime: z.union([z.literal(''), IsoTime]).default(''),
  accountHolder: OptionalText(200),
  legalProcess: OptionalText(200),
};

type DepositShape = { service: string; serviceName: string; periodFrom: string; periodTo: string };
const checkDeposit = (d: DepositShape, ctx: z.RefinementCtx) => {
  if (Date.parse(d.periodTo) < Date.parse(d.periodFrom)) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'the rental period ends before it starts' });
  if (d.service === 'other' && d.serviceName === '') ctx.addIssue({ code: 'custom', path: ['serviceName'], message: 'name the service' });
};

/** As sent by the UI: the evidence is a FileRef id the engine hashes. */
export const HashRentalDepositInput = z
  .object({ ...depositFields, evidenceFile: z.string().min(1).max(100).nullable().default(null) })
  .strict()
  .superRefine(checkDeposit);
export type HashRentalDepositInput = z.input<typeof HashRentalDepositInput>;

/** As stored in annotations.data and returned: the evidence is its name and SHA-256. */
export const HashRentalDeposit = z
  .object({ ...depositFields, evidenceDocument: EvidenceDocument.nullable() })
  .strict()
  .superRefine(checkDeposit);
export type HashRentalDeposit = z.infer<typeof HashRentalDeposit>;

export const AnnotationInput = z
  .object({
    note: z.string().max(10_000).default(''),
    labels: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    confidence: z.number().int().min(0).max(100).nullable().default(null),
    /** Present for the typed hash-rental deposit (which also creates the off-chain link to its payout address). */
    deposit: HashRentalDepositInput.nullable().default(null),
  })
  .strict();
export type AnnotationInput = z.input<typeof AnnotationInput>;

export const ANNOTATION_KINDS = { note: 'note', deposit: 'hash_rental_deposit' } as const;

export const OffchainLink = z.object({ id: z.number().int(), chain: z.string(), from: z.string(), to: z.string(), confidence: z.number().int().nullable() });
export type OffchainLink = z.infer<typeof OffchainLink>;

export const Annotation = z.object({
  id: z.number().int(),
  subject: z.object({ type: z.string(), chain: z.string(), id: z.string() }),
  kind: z.string(),
  note: z.string(),
  labels: z.array(z.string()),
  confidence: z.number().int().nullable(),
  /** The typed deposit when the stored fields match the current form; older or generated records show `data` as is. */
  deposit: HashRentalDeposit.nullable(),
  data: z.record(z.string(), z.unknown()),
  links: z.array(OffchainLink),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;
