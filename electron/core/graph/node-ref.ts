import type Database from 'better-sqlite3';
import { lookupAddress } from '../../../shared/address/canonical';
import { AppError } from '../../../shared/api/errors';
import { nodeId, parseNodeId } from '../../../shared/domain/graph';

/** A graph node as the engine walks it: 'a' + addresses.id or 't' + transactions.id (cheap Set/Map keys). */
export type NodeKey = `a${number}` | `t${number}`;
export const isTxKey = (key: NodeKey): boolean => key.startsWith('t');
export const rowId = (key: NodeKey): number => Number(key.slice(1));

/** Translates between public node ids and engine keys with prepared statements reused over a whole query. */
export class NodeRefs {
  private readonly addressByKey;
  private readonly txByKey;
  private readonly addressId;
  private readonly txId;

  constructor(db: Database.Database) {
    this.addressId = db.prepare('SELECT id FROM addresses WHERE chain = ? AND address = ?').pluck();
    this.txId = db.prepare('SELECT id FROM transactions WHERE chain = ? AND txid = ?').pluck();
    this.addressByKey = db.prepare('SELECT chain, address AS key FROM addresses WHERE id = ?');
    this.txByKey = db.prepare('SELECT chain, txid AS key FROM transactions WHERE id = ?');
  }

  /** The key of a node id, or null when the case does not hold it. */
  find(id: string): NodeKey | null {
    const parsed = parseNodeId(id);
    if (!parsed) return null;
    const found = (parsed.kind === 'address' ? this.addressId.get(parsed.chain, lookupAddress(parsed.key, parsed.chain)) : this.txId.get(parsed.chain, parsed.key)) as number | undefined;
    if (found === undefined) return null;
    return parsed.kind === 'address' ? `a${found}` : `t${found}`;
  }

  /** Like find, but an unknown node is a located NOT_FOUND error. */
  require(id: string, field: string): NodeKey {
    const key = this.find(id);
    if (!key) throw new AppError('NOT_FOUND', `The case has no node ${JSON.stringify(id.slice(0, 120))}.`, { field });
    return key;
  }

  idOf(key: NodeKey): string {
    const tx = isTxKey(key);
    const row = (tx ? this.txByKey : this.addressByKey).get(rowId(key)) as { chain: string; key: string };
    return nodeId(tx ? 'tx' : 'address', row.chain, row.key);
  }
}
