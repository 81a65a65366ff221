import type Database from 'better-sqlite3';
import type { ExpandDirection } from '../../../shared/api/methods/graph';
import { isTxKey, rowId, type NodeKey } from './node-ref';

/**
 * One-hop neighbours on the bipartite address/transaction graph (UTXO inputs and outputs, native transfers). 'out'
 * follows value forward (address -> the txs spending from it -> their output addresses), 'in' backward. At most `max`
 * per call, so one exchange hot wallet cannot stall a query.
 */
export class Adjacency {
  private readonly spends;
  private readonly receives;
  private readonly outputsOf;
  private readonly inputsOf;

  constructor(db: Database.Database) {
    // Native-coin transfers of account chains join the same walk: from-address -> tx -> to-address.
    this.spends = db.prepare(`SELECT tx_id FROM tx_inputs WHERE address_id = @id
      UNION SELECT tx_id FROM transfers WHERE from_address_id = @id AND token = '' LIMIT @max`).pluck();
    this.receives = db.prepare(`SELECT tx_id FROM tx_outputs WHERE address_id = @id
      UNION SELECT tx_id FROM transfers WHERE to_address_id = @id AND token = '' LIMIT @max`).pluck();
    this.outputsOf = db.prepare(`SELECT address_id FROM tx_outputs WHERE tx_id = @id AND address_id IS NOT NULL
      UNION SELECT to_address_id FROM transfers WHERE tx_id = @id AND token = '' AND to_address_id IS NOT NULL LIMIT @max`).pluck();
    this.inputsOf = db.prepare(`SELECT address_id FROM tx_inputs WHERE tx_id = @id AND address_id IS NOT NULL
      UNION SELECT from_address_id FROM transfers WHERE tx_id = @id AND token = '' AND from_address_id IS NOT NULL LIMIT @max`).pluck();
  }

  neighbours(key: NodeKey, direction: ExpandDirection, max: number): NodeKey[] {
    const id = rowId(key);
    const forward = direction !== 'in';
    const backward = direction !== 'out';
    if (isTxKey(key)) {
      const out = forward ? (this.outputsOf.all({ id, max }) as number[]) : [];
      const inn = backward ? (this.inputsOf.all({ id, max }) as number[]) : [];
      return [...new Set([...out, ...inn])].map((n): NodeKey => `a${n}`);
    }
    const out = forward ? (this.spends.all({ id, max }) as number[]) : [];
    const inn = backward ? (this.receives.all({ id, max }) as number[]) : [];
    return [...new Set([...out, ...inn])].map((n): NodeKey => `t${n}`);
  }
}
