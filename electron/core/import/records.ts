import type { Chain } from '../../../shared/domain/chain';

/** What every ledger importer yields, whatever the file format. Amounts are bigint base units. */
export interface BlockRecord {
  kind: 'block';
  chain: Chain;
  hash: string;
  height: number | null;
  time: number | null;
  prevHash: string | null;
  merkleRoot: string | null;
  txCount: number | null;
}

export interface UtxoInputRecord {
  vin: number;
  prevTxid: string | null;
  prevVout: number | null;
  address: string | null;
  value: bigint | null;
  sequence: number | null;
}

export interface UtxoOutputRecord {
  vout: number;
  address: string | null;
  value: bigint;
  scriptType: string;
}

export interface UtxoTxRecord {
  kind: 'utxo-tx';
  chain: Chain;
  txid: string;
  blockHash: string | null;
  blockHeight: number | null;
  blockTime: number | null;
  txIndex: number | null;
  isCoinbase: boolean;
  /** Hex of the coinbase scriptSig, the text pools sign their blocks with. */
  coinbaseScript: string | null;
  version: number | null;
  locktime: number | null;
  size: number | null;
  vsize: number | null;
  inputs: UtxoInputRecord[];
  outputs: UtxoOutputRecord[];
}

/** One value movement on an account chain: native (token '') or a token transfer (token contract address). */
export interface TransferRecord {
  kind: 'transfer';
  chain: Chain;
  txid: string;
  blockHash: string | null;
  blockHeight: number | null;
  blockTime: number | null;
  logIndex: number;
  token: string;
  from: string | null;
  to: string | null;
  value: bigint;
  /**
   * Native transfers only: the row carries the transaction's outcome (a receipt status), so its value is final (0 for a
   * failed transaction). Such a row corrects what a row without it stored; a row without it never overwrites.
   */
  outcomeKnown?: boolean;
  /** Native transfers only: the fee paid in base units (gas used x effective gas price), when the row has a receipt. */
  fee?: bigint | null;
}

export interface TagRecord {
  kind: 'tag';
  subjectType: 'address' | 'tx';
  chain: Chain;
  subject: string;
  label: string;
  category: string | null;
  actor: string | null;
  source: string | null;
  confidence: string | null;
  confidenceScore: number | null;
}

export interface ActorRecord {
  kind: 'actor';
  id: string;
  label: string;
  categories: string[];
  uri: string | null;
}

export interface PoolRecord {
  kind: 'pool';
  slug: string;
  name: string;
  link: string | null;
  addresses: string[];
  tags: string[];
  /** pools-v2.json lists regular expressions; the legacy pools.json lists literal text ("/$Mined by 7pool.com/"). */
  tagSyntax: PoolTagSyntax;
}

export type PoolTagSyntax = 'regex' | 'literal';

/** One quote of a price series: `asset` in `currency` at `at` (Unix seconds), the price as decimal text. */
export interface PriceRecord {
  kind: 'price';
  asset: string;
  currency: string;
  at: number;
  price: string;
}

/** A row the importer could not use, located in its file. */
export interface RejectRecord {
  kind: 'reject';
  line: number | null;
  byteOffset: number | null;
  field: string | null;
  reason: string;
}

export type ImportRecord = BlockRecord | UtxoTxRecord | TransferRecord | TagRecord | ActorRecord | PoolRecord | PriceRecord | RejectRecord;
