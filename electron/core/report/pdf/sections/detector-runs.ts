import type Database from 'better-sqlite3';
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings } from '../../../../../shared/domain/analysis';
import { describeParameters } from '../../../../../shared/domain/describe-parameters';
import { DETECTOR_CATALOGUE } from '../../../analysis/detector-catalogue';
import { isoSeconds } from '../../amounts';
import { parseStored } from '../../report-context';

/** One detector as the methodology states it: whether and when it ran, with which parameters, and what it found. */
export interface DetectorRun {
  id: string;
  version: string;
  purpose: string;
  parameters: string;
  /** Findings of the last analysis run (null: not run there), and how many of the case's findings are accepted now. */
  found: number | null;
  accepted: number;
}

export interface AnalysisRun {
  at: string;
  actor: string;
  appVersion: string | null;
  settings: AnalysisSettings;
}

/** The last analysis.run in the audit log: its time, examiner, Assay version and settings; null when none ran. */
export function lastAnalysisRun(db: Database.Database): (AnalysisRun & { findings: Record<string, number> }) | null {
  const row = db.prepare("SELECT at, actor, details FROM audit_log WHERE action = 'analysis.run' ORDER BY seq DESC LIMIT 1").get() as
    | { at: string; actor: string; details: string }
    | undefined;
  if (!row) return null;
  const details = (parseStored(row.details) ?? {}) as { appVersion?: string; settings?: Partial<AnalysisSettings>; findings?: Record<string, number> };
  return {
    at: isoSeconds(row.at),
    actor: row.actor,
    appVersion: details.appVersion ?? null,
    settings: { ...DEFAULT_ANALYSIS_SETTINGS, ...details.settings },
    findings: details.findings ?? {},
  };
}

const pick = (settings: AnalysisSettings, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((k) => [k, (settings as Record<string, unknown>)[k]]));

/**
 * Every detector of this Assay (those that found nothing too), then any other detector the case's findings name
 * (imported or from an older version) with the parameters its findings recorded.
 */
export function detectorRuns(db: Database.Database, run: ReturnType<typeof lastAnalysisRun>): DetectorRun[] {
  const stored = db.prepare("SELECT detector, params, count(*) AS n, sum(status = 'accepted') AS accepted FROM findings GROUP BY detector, params ORDER BY detector, params")
    .all() as { detector: string; params: string; n: number; accepted: number }[];
  const acceptedOf = (id: string): number => stored.filter((s) => s.detector === id).reduce((sum, s) => sum + s.accepted, 0);
  const known = DETECTOR_CATALOGUE.map((d): DetectorRun => ({
    id: d.id,
    version: `${d.version}`,
    purpose: d.purpose,
    parameters: run ? describeParameters(pick(run.settings, d.settings)) : 'Not run in this case.',
    found: run ? (run.findings[d.id] ?? 0) : null,
    accepted: acceptedOf(d.id),
  }));
  const others = stored.filter((s) => !DETECTOR_CATALOGUE.some((d) => d.id === s.detector)).map((s): DetectorRun => {
    const [name = s.detector, version = 'not recorded'] = s.detector.split('@');
    const params = parseStored(s.params);
    return {
      id: name,
      version,
      purpose: 'Findings present in the case from a detector this version of Assay does not run (imported or from an earlier version).',
      parameters: describeParameters(params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {}),
      found: s.n,
      accepted: s.accepted,
    };
  });
  return [...known, ...others];
}
