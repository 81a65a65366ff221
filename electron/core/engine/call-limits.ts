import { isMethodName, type MethodName } from '../../../shared/api/methods';

/** How long a call may keep the engine busy before the watchdog restarts it. Time spent in a native dialog is not counted. */
export interface CallLimits {
  /** Reads and small writes: a case the user can work in answers these in well under a second. */
  quickMs: number;
  /** Jobs that scale with the data (imports, analysis, reports, screening): minutes on a large case, never hours. */
  longMs: number;
}

export const DEFAULT_CALL_LIMITS: CallLimits = { quickMs: 60_000, longMs: 2 * 60 * 60_000 };

const LONG_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'demo.open',
  'import.run',
  'tags.paste',
  'analysis.run',
  'analysis.settings.set',
  'trace.run',
  'screen.run',
  'case.saveCopy',
  'report.preview',
  'report.export',
  'report.exportMisp',
  'report.verify',
  'tables.exportCsv',
]);

export function limitFor(method: unknown, limits: CallLimits): number {
  return isMethodName(method) && LONG_METHODS.has(method) ? limits.longMs : limits.quickMs;
}
