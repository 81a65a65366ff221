import { z } from 'zod';
import { FiatRate } from './fiat';
import { Chain } from './chain';

/** Base-unit amounts travel as decimal strings: wei exceeds 2^53, and one rule for every chain keeps clients simple. */
export const Amount = z.string().regex(/^-?\d+$/, 'expected an integer amount in base units');
export type Amount = z.infer<typeof Amount>;

export const TagView = z.object({
  label: z.string(),
  category: z.string().nullable(),
  actor: z.string().nullable(),
  source: z.string().nullable(),
  confidence: z.string().nullable(),
  confidenceScore: z.number().int().nullable(),
  origin: z.string(),
});
export type TagView = z.infer<typeof TagView>;

export const PoolAttribution = z.object({
  list: z.string(),
  pool: z.string().nullable(),
  method: z.enum(['address', 'tag', 'unknown']),
  evidence: z.string().nullable(),
});
export type PoolAttribution = z.infer<typeof PoolAttribution>;

export const TxInputView = z.object({
  vin: z.number().int(),
  prevTxid: z.string().nullable(),
  prevVout: z.number().int().nullable(),
  address: z.string().nullable(),
  value: Amount.nullable(),
});
export const TxOutputView = z.object({
  vout: z.number().int(),
  address: z.string().nullable(),
  value: Amount,
  scriptType: z.string(),
  spentByTxid: z.string().nullable(),
});

/** A finding that names the selection (as a subject, through its cluster or an output, or as evidence). */
export const FindingRef = z.object({
  id: z.number().int(),
  detector: z.string(),
  severity: z.string(),
  title: z.string(),
  status: z.string(),
  /** What the finding is about (addresses, txs, outputs, clusters), for highlighting its subgraph. */
  subjects: z.array(z.object({ type: z.string(), id: z.string() })),
});
export type FindingRef = z.infer<typeof FindingRef>;

/** M2 coinbase lineage stored by the last analysis: value descending from one pool's coinbases within k hops. */
export const LineageShare = z.object({
  pool: z.string(),
  /** Output index for a transaction; null for an address (summed over the outputs it received). */
  vout: z.number().int().nullable(),
  amount: Amount,
  /** The lineage amount over the output's value (for an address: over every output paid to it, change included), 0-1. */
  share: z.number().min(0).max(1),
  hops: z.number().int(),
});
export type LineageShare = z.infer<typeof LineageShare>;

/** What the last analysis.run stored about the selection; `analyzedAt` null means analysis never ran on this case. */
export const AnalysisFacts = z.object({
  analyzedAt: z.string().nullable(),
  lineage: z.array(LineageShare),
  /** Pool payouts (M2) this address received, or this transaction's own payout detection. */
  payouts: z.array(z.object({ txid: z.string(), pool: z.string(), lineage: z.number(), fanout: z.number().int() })),
  findings: z.array(FindingRef),
});
export type AnalysisFacts = z.infer<typeof AnalysisFacts>;

/** A value movement of an account-chain transaction: the native value (token '') or a token transfer (its contract). */
export const TxTransferView = z.object({
  logIndex: z.number().int(),
  token: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  value: Amount,
});
export type TxTransferView = z.infer<typeof TxTransferView>;

export const TxDetails = z.object({
  chain: Chain,
  txid: z.string(),
  blockHash: z.string().nullable(),
  blockHeight: z.number().int().nullable(),
  blockTime: z.number().int().nullable(),
  isCoinbase: z.boolean(),
  coinbaseText: z.string().nullable(),
  fee: Amount.nullable(),
  inputValue: Amount.nullable(),
  outputValue: Amount,
  inputs: z.array(TxInputView),
  outputs: z.array(TxOutputView),
  /** Account chains: the native transfer and token transfers (UTXO chains have inputs and outputs instead). */
  transfers: z.array(TxTransferView),
  /** Each pool list's answer for a coinbase; lists may disagree. */
  pool: z.array(PoolAttribution),
  /** The one pool lineage, tables and the report credit (a payout-address match first, then the earliest list). */
  attributedPool: z.string().nullable(),
  tags: z.array(TagView),
  sources: z.array(z.string()),
  analysis: AnalysisFacts,
  /** The price covering its block time in the case's currency; absent or null where no imported price covers the day. */
  fiat: FiatRate.nullable().optional(),
});
export type TxDetails = z.infer<typeof TxDetails>;

export const AddressTx = z.object({ txid: z.string(), blockTime: z.number().int().nullable(), delta: Amount, fiat: FiatRate.nullable().optional() });
export type AddressTx = z.infer<typeof AddressTx>;

/** One page of an address's transactions, newest first, for a table that scrolls through tens of thousands. */
export const AddressTxPage = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(AddressTx) });
export type AddressTxPage = z.infer<typeof AddressTxPage>;

export const AddressDetails = z.object({
  chain: Chain,
  address: z.string(),
  scriptType: z.string().nullable(),
  firstSeen: z.number().int().nullable(),
  lastSeen: z.number().int().nullable(),
  received: Amount,
  sent: Amount,
  /** Every output or transfer paid to it, its own change included (received and sent net each transaction). */
  paidIn: Amount,
  txCount: z.number().int(),
  tags: z.array(TagView),
  /** Mining-pool lists (M1 reference data) that publish this address as a pool's payout address. */
  pools: z.array(z.object({ pool: z.string(), list: z.string() })),
  /** The newest transactions only; address.transactions pages through all of them. */
  transactions: z.array(AddressTx),
  analysis: AnalysisFacts,
  /** Received and sent valued at each transaction's time; `unpriced` counts transactions no imported price covers. */
  fiat: z.object({ currency: z.string(), received: z.number(), sent: z.number(), unpriced: z.number().int() }).nullable().optional(),
});
export type AddressDetails = z.infer<typeof AddressDetails>;
