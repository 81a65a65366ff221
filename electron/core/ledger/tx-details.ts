import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Chain } from '../../../shared/domain/chain';
import type { PoolAttribution, TxDetails } from '../../../shared/domain/ledger';
import { rateLookup } from '../fiat/prices';
import { txFacts } from './analysis-facts';
import { tagsFor } from './tags';

interface TxRow {
  id: number;
  chain: Chain;
  txid: string;
  blockHash: string | null;
  blockHeight: number | null;
  blockTime: number | null;
  isCoinbase: number;
  coinbaseScript: string | null;
  fee: number | null;
  inputValue: number | null;
  outputValue: number | null;
}

const str = (v: number | bigint | null): string | null => (v === null ? null : String(v));

/** Everything the inspector and `assay show tx` report about one transaction. */
export function txDetails(db: Database.Database, txid: string, chain?: Chain): TxDetails {
  const tx = db
    .prepare(`SELECT id, chain, txid, block_hash AS blockHash, block_height AS blockHeight, block_time AS blockTime,
        is_coinbase AS isCoinbase, coinbase_script AS coinbaseScript, fee, input_value AS inputValue, output_value AS outputValue
      FROM transactions WHERE txid = ? AND (? IS NULL OR chain = ?) LIMIT 1`)
    .get(txid.toLowerCase(), chain ?? null, chain ?? null) as TxRow | undefined;
  if (!tx) throw new AppError('NOT_FOUND', `Transaction ${txid.slice(0, 80)} is not in this case.`);
  const inputs = db
    .prepare(`SELECT i.vin, i.prev_txid AS prevTxid, i.prev_vout AS prevVout, a.address, i.value
      FROM tx_inputs i LEFT JOIN addresses a ON a.id = i.address_id WHERE i.tx_id = ? ORDER BY i.vin`)
    .all(tx.id) as { vin: number; prevTxid: string | null; prevVout: number | null; address: string | null; value: number | null }[];
  const outputs = db
    .prepare(`SELECT o.vout, a.address, o.value, o.script_type AS scriptType, s.txid AS spentByTxid
      FROM tx_outputs o LEFT JOIN addresses a ON a.id = o.address_id LEFT JOIN transactions s ON s.id = o.spent_by_tx_id
      WHERE o.tx_id = ? ORDER BY o.vout`)
    .all(tx.id) as { vout: number; address: string | null; value: number; scriptType: string; spentByTxid: string | null }[];
  const pool = tx.blockHash
    ? (db
        .prepare(`SELECT s.original_name AS list, p.name AS pool, b.method, b.evidence FROM block_attributions b
            JOIN sources s ON s.id = b.list_source_id LEFT JOIN pools p ON p.id = b.pool_id
          WHERE b.chain = ? AND b.block_hash = ? ORDER BY s.id`)
        .all(tx.chain, tx.blockHash) as PoolAttribution[])
    : [];
  const sources = db
    .prepare(`SELECT s.original_name FROM tx_sources ts JOIN sources s ON s.id = ts.source_id WHERE ts.tx_id = ? ORDER BY s.id`)
    .pluck()
    .all(tx.id) as string[];
  return {
    chain: tx.chain,
    txid: tx.txid,
    blockHash: tx.blockHash,
    blockHeight: tx.blockHeight,
    blockTime: tx.blockTime,
    isCoinbase: tx.isCoinbase === 1,
    coinbaseText: tx.coinbaseScript ? printable(tx.coinbaseScript) : null,
    fee: str(tx.fee),
    inputValue: str(tx.inputValue),
    outputValue: str(tx.outputValue) ?? '0',
    inputs: inputs.map((i) => ({ ...i, value: str(i.value) })),
    outputs: outputs.map((o) => ({ ...o, value: String(o.value) })),
    pool,
    tags: tagsFor(db, tx.chain, tx.txid),
    sources,
    analysis: txFacts(db, tx.id, tx.txid),
    fiat: rateLookup(db)(tx.chain, tx.blockTime),
  };
}

/** The coinbase scriptSig read as text (how pools sign blocks), with unprintable bytes shown as dots. */
export function printable(hex: string): string {
  return Buffer.from(hex, 'hex')
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '.');
}
