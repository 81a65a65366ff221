import type Database from 'better-sqlite3';
import { attributedPoolSql } from '../../attribution/coinbase-attribution';
import { ANY_CHAIN } from '../../db/any-chain';

export interface PathTx {
  id: number;
  chain: string;
  txid: string;
  time: number | null;
  coinbase: boolean;
  value: string | null;
  /** The pool whose payout this is (analysis' pool_payouts), if any. */
  pool: string | null;
  /** For a coinbase: the pool the pool lists attribute it to (by payout address, else coinbase tag), if any. */
  minedBy: string | null;
}

export interface PathFlow {
  address: string;
  value: string;
  /** Inputs: the transaction that created the spent output. */
  prevTxid: string | null;
}

export interface AddressName {
  label: string;
  category: string | null;
  source: string | null;
  actor: string | null;
}

export interface OffchainLink {
  from: string;
  to: string;
  service: string | null;
  orderId: string | null;
  document: string | null;
}

/** What a path figure reads from the case: transactions, their flows per address, names, off-chain links. */
export class PathLedger {
  private readonly txStmt;
  private readonly inStmt;
  private readonly outStmt;
  private readonly nameStmt;
  private readonly linkStmt;

  constructor(private readonly db: Database.Database) {
    this.txStmt = db.prepare(`SELECT t.id, t.chain, t.txid, t.block_time AS time, t.is_coinbase AS coinbase, CAST(t.output_value AS TEXT) AS value,
      p.pool, CASE WHEN t.is_coinbase = 1 THEN ${attributedPoolSql('t.id')} END AS minedBy
      FROM transactions t LEFT JOIN pool_payouts p ON p.tx_id = t.id WHERE t.chain = ? AND t.txid = ?`);
    this.inStmt = db.prepare(`SELECT a.address, CAST(sum(i.value) AS TEXT) AS value, min(i.prev_txid) AS prevTxid FROM tx_inputs i
      JOIN addresses a ON a.id = i.address_id WHERE i.tx_id = ? AND i.prev_txid IS NOT NULL GROUP BY a.address, i.prev_txid ORDER BY min(i.vin)`);
    this.outStmt = db.prepare(`SELECT a.address, CAST(sum(o.value) AS TEXT) AS value, NULL AS prevTxid FROM tx_outputs o
      JOIN addresses a ON a.id = o.address_id WHERE o.tx_id = ? GROUP BY a.address ORDER BY min(o.vout)`);
    this.nameStmt = db.prepare(`SELECT t.label, t.category, t.source, x.label AS actor FROM tags t LEFT JOIN actors x ON x.id = t.actor
      WHERE t.chain = ? AND t.subject = ? ORDER BY coalesce(t.confidence_score, 0) DESC, t.id LIMIT 1`);
    this.linkStmt = db.prepare(`SELECT l.from_address AS "from", l.to_address AS "to", a.data FROM offchain_links l
      JOIN annotations a ON a.id = l.annotation_id WHERE l.chain = ? AND (l.from_address = ? OR l.to_address = ?) ORDER BY l.id`);
  }

  tx(chain: string, txid: string): PathTx | null {
    const row = this.txStmt.get(chain, txid) as (Omit<PathTx, 'coinbase'> & { coinbase: number }) | undefined;
    return row ? { ...row, coinbase: row.coinbase === 1 } : null;
  }

  /** A txid on any chain (finding evidence names transactions without their chain). */
  txAnyChain(txid: string): PathTx | null {
    const chain = this.db.prepare(`SELECT chain FROM transactions WHERE ${ANY_CHAIN} AND txid = ? ORDER BY chain LIMIT 1`).pluck().get(txid) as string | undefined;
    return chain ? this.tx(chain, txid) : null;
  }

  inputs(tx: PathTx): PathFlow[] {
    return this.inStmt.all(tx.id) as PathFlow[];
  }

  outputs(tx: PathTx): PathFlow[] {
    return this.outStmt.all(tx.id) as PathFlow[];
  }

  name(chain: string, address: string): AddressName | null {
    return (this.nameStmt.get(chain, address) as AddressName | undefined) ?? null;
  }

  links(chain: string, address: string): OffchainLink[] {
    const rows = this.linkStmt.all(chain, address, address) as { from: string; to: string; data: string }[];
    return rows.map((r) => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(r.data) as Record<string, unknown>;
      } catch {
        data = {};
      }
      const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
      return { from: r.from, to: r.to, service: text(data.service), orderId: text(data.orderId), document: text(data.evidenceDocument) };
    });
  }
}
