import { z } from 'zod';
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
  pool: z.array(PoolAttribution),
  tags: z.array(TagView),
  sources: z.array(z.string()),
});
export type TxDetails = z.infer<typeof TxDetails>;

export const AddressDetails = z.object({
  chain: Chain,
  address: z.string(),
  scriptType: z.string().nullable(),
  firstSeen: z.number().int().nullable(),
  lastSeen: z.number().int().nullable(),
  received: Amount,
  sent: Amount,
  txCount: z.number().int(),
  tags: z.array(TagView),
  transactions: z.array(
    z.object({ txid: z.string(), blockTime: z.number().int().nullable(), delta: Amount }),
  ),
});
export type AddressDetails = z.infer<typeof AddressDetails>;
