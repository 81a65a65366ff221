import type Database from 'better-sqlite3';
import type { GraphEdge } from '../../../shared/domain/graph';

/** One drawn flow of a transaction: value into it from an address ('in') or out of it to one ('out'). */
export interface TxFlow {
  direction: 'in' | 'out';
  addressId: number;
  /** Names the edge with the lowest vin/vout/log index of the address: "o3", "i0", "t12". */
  suffix: string;
  /** Base units, exact. */
  value: string;
}

interface Row { n: number; addressId: number; value: number | string | null }

/**
 * The flows of a transaction as the graph draws them, one per address and direction: UTXO outputs and inputs, and
 * native-coin transfers of account chains (token transfers are other units, so they are not summed into edges).
 */
export class TxFlows {
  private readonly outputs;
  private readonly inputs;
  private readonly transfersOut;
  private readonly transfersIn;

  constructor(db: Database.Database) {
    this.outputs = db.prepare('SELECT vout AS n, address_id AS addressId, value FROM tx_outputs WHERE tx_id = ? AND address_id IS NOT NULL');
    this.inputs = db.prepare('SELECT vin AS n, address_id AS addressId, value FROM tx_inputs WHERE tx_id = ? AND address_id IS NOT NULL');
    this.transfersOut = db.prepare(`SELECT log_index AS n, to_address_id AS addressId, value FROM transfers
      WHERE tx_id = ? AND token = '' AND to_address_id IS NOT NULL`);
    this.transfersIn = db.prepare(`SELECT log_index AS n, from_address_id AS addressId, value FROM transfers
      WHERE tx_id = ? AND token = '' AND from_address_id IS NOT NULL`);
  }

  of(txId: number): TxFlow[] {
    return [
      ...group('out', 'o', this.outputs.all(txId) as Row[]),
      ...group('out', 't', this.transfersOut.all(txId) as Row[]),
      ...group('in', 'i', this.inputs.all(txId) as Row[]),
      ...group('in', 't', this.transfersIn.all(txId) as Row[]),
    ];
  }
}

/** Sums rows per address with BigInt (wei exceed 2^53), keeping each address's lowest index for the edge name. */
function group(direction: TxFlow['direction'], prefix: string, rows: Row[]): TxFlow[] {
  const byAddress = new Map<number, { n: number; value: bigint }>();
  for (const row of rows) {
    const seen = byAddress.get(row.addressId);
    const value = BigInt(row.value ?? 0);
    byAddress.set(row.addressId, seen ? { n: Math.min(seen.n, row.n), value: seen.value + value } : { n: row.n, value });
  }
  return [...byAddress].map(([addressId, { n, value }]) => ({ direction, addressId, suffix: `${prefix}${n}`, value: value.toString() }));
}

/** A flow as a graph edge between the transaction node and the address node: "tx:...>o3", "tx:...<i0". */
export function flowEdge(txNode: string, flow: TxFlow, addressNode: string): GraphEdge {
  return flow.direction === 'out'
    ? { id: `${txNode}>${flow.suffix}`, source: txNode, target: addressNode, value: flow.value }
    : { id: `${txNode}<${flow.suffix}`, source: addressNode, target: txNode, value: flow.value };
}
