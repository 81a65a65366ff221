import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { SavedViewInfo } from '../../../shared/api/methods/graph';
import { ViewData } from '../../../shared/domain/view';
import { appendAudit } from '../audit/audit-log';

interface Row { id: number; name: string; data: string; updated_at: string }

const info = (row: Row, data: ViewData): SavedViewInfo => ({ id: row.id, name: row.name, nodes: Object.keys(data.positions).length, updatedAt: row.updated_at });

/** Stored data is re-validated on the way out: a case edited by hand must not feed the canvas anything else. */
function parseStored(row: Row): ViewData {
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    throw new AppError('CASE_INVALID', `Saved view "${row.name}" is not valid JSON.`, { table: 'views', id: row.id });
  }
  const parsed = ViewData.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('CASE_INVALID', `Saved view "${row.name}": ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}.`, { table: 'views', id: row.id });
  }
  return parsed.data;
}

function getRow(db: Database.Database, id: number): Row {
  const row = db.prepare('SELECT id, name, data, updated_at FROM views WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `View ${id} does not exist.`, { field: 'id' });
  return row;
}

export function listViews(db: Database.Database): SavedViewInfo[] {
  const rows = db.prepare('SELECT id, name, data, updated_at FROM views ORDER BY name, id').all() as Row[];
  return rows.map((row) => {
    const data = ViewData.safeParse(JSON.parse(row.data));
    return info(row, data.success ? data.data : ViewData.parse({}));
  });
}

export function getView(db: Database.Database, id: number): { info: SavedViewInfo; data: ViewData } {
  const row = getRow(db, id);
  const data = parseStored(row);
  return { info: info(row, data), data };
}

/** Saving under an existing name replaces that view (the analyst's "Save" on a reopened view); one audit entry. */
export function saveView(db: Database.Database, name: string, data: ViewData, now: Date = new Date()): SavedViewInfo {
  const at = now.toISOString();
  const json = JSON.stringify(data);
  return db.transaction(() => {
    db.prepare(`INSERT INTO views (name, data, created_at, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`).run(name, json, at, at);
    const row = db.prepare('SELECT id, name, data, updated_at FROM views WHERE name = ?').get(name) as Row;
    appendAudit(db, 'view.save', { id: row.id, name, nodes: Object.keys(data.positions).length }, { now: () => now });
    return info(row, data);
  })();
}

export function deleteView(db: Database.Database, id: number): boolean {
  return db.transaction(() => {
    const row = db.prepare('SELECT id, name FROM views WHERE id = ?').get(id) as { id: number; name: string } | undefined;
    if (!row) return false;
    db.prepare('DELETE FROM views WHERE id = ?').run(id);
    appendAudit(db, 'view.delete', { id, name: row.name });
    return true;
  })();
}
