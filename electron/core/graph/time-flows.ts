import type Database from 'better-sqlite3';
import type { FlowPoint } from '../../../shared/api/methods/graph';
import { parseNodeId } from '../../../shared/domain/graph';
import { isTxKey, NodeRefs, rowId } from './node-ref';

export function timeRange(db: Database.Database): { min: number | null; max: number | null } {
  return db.prepare('SELECT min(block_time) AS min, max(block_time) AS max FROM transactions').get() as { min: number | null; max: number | null };
}

/**
 * Value received and sent per transaction time: for an address its outputs and spends, for a transaction what it
 * moved (outputs as received by its payees, inputs as sent). Sums are TEXT so big values stay exact.
 */
export function nodeFlows(db: Database.Database, id: string): FlowPoint[] {
  const refs = new NodeRefs(db);
  // An address known only from attribution (a sanctions list, a TagPack) is drawn on the canvas but moved nothing here.
  if (parseNodeId(id)?.kind === 'address' && !refs.find(id)) return [];
  const key = refs.require(id, 'nodeId');
  const filter = isTxKey(key) ? 't.id = ?' : 'x.address_id = ?';
  const rows = db
    .prepare(`SELECT time, CAST(sum(received) AS TEXT) AS received, CAST(sum(sent) AS TEXT) AS sent FROM (
        SELECT t.block_time AS time, x.value AS received, 0 AS sent FROM tx_outputs x JOIN transactions t ON t.id = x.tx_id WHERE ${filter}
        UNION ALL
        SELECT t.block_time, 0, coalesce(x.value, 0) FROM tx_inputs x JOIN transactions t ON t.id = x.tx_id WHERE ${filter}
      ) WHERE time IS NOT NULL GROUP BY time ORDER BY time`)
    .all(rowId(key), rowId(key)) as FlowPoint[];
  return rows;
}
