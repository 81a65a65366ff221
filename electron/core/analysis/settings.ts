import type Database from 'better-sqlite3';
import { AnalysisSettings, DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettingsPatch } from '../../../shared/domain/analysis';
import { appendAudit } from '../audit/audit-log';

const KEY = 'settings';

export function loadSettings(db: Database.Database): AnalysisSettings {
  const stored = db.prepare('SELECT value FROM analysis_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return withPatch(DEFAULT_ANALYSIS_SETTINGS, stored === undefined ? {} : (JSON.parse(stored) as AnalysisSettingsPatch));
}

/** Settings with a patch applied, heuristic toggles one by one; settings stored by an older version gain new defaults. */
export function withPatch(base: AnalysisSettings, patch: AnalysisSettingsPatch): AnalysisSettings {
  return AnalysisSettings.parse({ ...base, ...patch, heuristics: { ...base.heuristics, ...patch.heuristics } });
}

/** Merges a partial change into the stored settings (heuristic toggles one by one) and records it in the audit log. */
export function saveSettings(db: Database.Database, patch: AnalysisSettingsPatch): AnalysisSettings {
  const next = withPatch(loadSettings(db), patch);
  db.prepare('INSERT INTO analysis_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(next));
  appendAudit(db, 'analysis.settings', { changed: patch });
  return next;
}
