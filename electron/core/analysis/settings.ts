import type Database from 'better-sqlite3';
import { AnalysisSettings, type AnalysisSettingsInput } from '../../../shared/domain/analysis';
import { appendAudit } from '../audit/audit-log';

const KEY = 'settings';

export function loadSettings(db: Database.Database): AnalysisSettings {
  const stored = db.prepare('SELECT value FROM analysis_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return AnalysisSettings.parse(stored === undefined ? {} : JSON.parse(stored));
}

/** Merges a partial change into the stored settings (heuristic toggles one by one) and records it in the audit log. */
export function saveSettings(db: Database.Database, patch: Partial<AnalysisSettingsInput>): AnalysisSettings {
  const current = loadSettings(db);
  const next = AnalysisSettings.parse({ ...current, ...patch, heuristics: { ...current.heuristics, ...patch.heuristics } });
  db.prepare('INSERT INTO analysis_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  appendAudit(db, 'analysis.settings', { changed: patch });
  return next;
}
