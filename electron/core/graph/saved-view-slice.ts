import type Database from 'better-sqlite3';
import type { GraphSlice } from '../../../shared/domain/graph';
import type { ViewData } from '../../../shared/domain/view';
import { NodeRefs, type NodeKey } from './node-ref';
import { sliceOf } from './slice';

/** The slice of the given node ids; ids the case no longer holds are left out (a view outlives a re-import). */
export function sliceOfIds(db: Database.Database, ids: Iterable<string>): GraphSlice {
  const refs = new NodeRefs(db);
  const keys: NodeKey[] = [];
  for (const id of ids) {
    const key = refs.find(id);
    if (key) keys.push(key);
  }
  return sliceOf(db, keys);
}

export const sliceOfView = (db: Database.Database, view: ViewData): GraphSlice => sliceOfIds(db, Object.keys(view.positions));
