import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Chain } from '../../../shared/domain/chain';
import type { PoolAttribution, TxDetails, TxTransferView } from '../../../shared/domain/ledger';
import { attributedPoolSql } from '../attribution/coinbase-attribution';
import { readableCoinbase } from '../attribution/coinbase-text';
import { rateLookup } from '../fiat/prices';
import { txFacts } from './analysis-facts';
import { tagsFor } from './tags';
import { chainCondition } from '../db/any-chain';

interface TxRow {
  id: number;
  chain: Chain;
  txid: string;
  blockHash: string | null;
  blockHeight: number | null;
  blockTime: number | null;
  isCoinbase: number;
  coinbaseScript: string | null;
  /** As text: an account chain's fee in wei exceeds 2^53. */
  fee: string | null;
  inputValue: number | null;
  outputValue: number | null;
}

const str = (v: number | bigint | null): string | null => (v === null ? null : String(v));

/** Everything the inspector and `assay show tx` report about one transaction. */
export function txDetails(db: Database.Database, txid: string, chain?: Chain): TxDetails {
  const where = chainCondition(chain);
  const tx = db
    .prepare(`SELECT id, chain, txid, block_hash AS blockHash, block_height AS blockHeight, block_time AS blockTime,
        is_coinbase AS isCoinbase, coinbase_script AS coinbaseScript, CAST(fee AS TEXT) AS fee, input_value AS inputValue, output_value AS outputValue
      FROM transactions WHERE ${where.sql} AND txid = ? ORDER BY chain LIMIT 1`)
    .get(...where.args, txid.toLowerCase()) as TxRow | undefined;
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
  const transfers = db
    .prepare(`SELECT t.log_index AS logIndex, t.token, f.address AS "from", r.address AS "to", t.value FROM transfers t
      LEFT JOIN addresses f ON f.id = t.from_address_id LEFT JOIN addresses r ON r.id = t.to_address_id
      WHERE t.tx_id = ? ORDER BY t.log_index, t.token`)
    .all(tx.id) as TxTransferView[];
  // A coinbase's own answers; any other transaction shows those of its block's coinbase (who mined it).
  const coinbaseId = tx.isCoinbase === 1
    ? tx.id
    : tx.blockHash === null
      ? null
      : ((db.prepare('SELECT id FROM transactions WHERE chain = ? AND block_hash = ? AND is_coinbase = 1 LIMIT 1').pluck().get(tx.chain, tx.blockHash) as
          number | undefined) ?? null);
  const pool = db
    .prepare(`SELECT s.original_name AS list, p.name AS pool, c.method, c.evidence FROM coinbase_attributions c
        JOIN sources s ON s.id = c.list_source_id LEFT JOIN pools p ON p.id = c.pool_id
      WHERE c.tx_id = ? ORDER BY s.id`)
    .all(coinbaseId) as PoolAttribution[];
  const attributedPool = (db.prepare(`SELECT ${attributedPoolSql('?')}`).pluck().get(coinbaseId) as string | null) ?? null;
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
    coinbaseText: tx.coinbaseScript ? readableCoinbase(tx.coinbaseScript) : null,
    fee: tx.fee,
    inputValue: str(tx.inputValue),
    outputValue: str(tx.outputValue) ?? '0',
    inputs: inputs.map((i) => ({ ...i, value: str(i.value) })),
    outputs: outputs.map((o) => ({ ...o, value: String(o.value) })),
    transfers,
    pool,
    attributedPool,
    tags: tagsFor(db, tx.chain, tx.txid),
    sources,
    analysis: txFacts(db, tx.id, tx.txid),
    fiat: rateLookup(db)(tx.chain, tx.blockTime),
  };
}
