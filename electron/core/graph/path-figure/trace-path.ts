import type Database from 'better-sqlite3';
import type { PathFigureInput } from '../../../../shared/figure/schema';
import { pathFigureInput } from './path-input';

/**
 * The figure input of a trace ("Show path"): the transactions the trace reached, with the trace's seeds or chosen
 * nodes as subjects. Tracing crosses off-chain links, so a pool payout to a linked wallet reads as commingling.
 */
export function tracePathInput(db: Database.Database, txids: readonly string[], subjects: readonly string[]): PathFigureInput {
  return pathFigureInput(db, {
    txs: txids.map((txid) => ({ chain: null, txid })),
    subjects: new Set(subjects),
    commingling: true,
    spends: new Set(),
  });
}
