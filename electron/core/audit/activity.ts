import type Database from 'better-sqlite3';
import type { TraceParams, TraceResult } from '../../../shared/domain/analysis';
import type { ExportResult } from '../../../shared/domain/report';
import { appendAudit } from './audit-log';

const SEEDS_LISTED = 20;
/** The outputs where the models disagree most are kept for the report's Traces section; the count says how many there were. */
const DISAGREEMENTS_LISTED = 20;

/**
 * A trace changes nothing, but what was traced, how, and what it found is part of the case's history. A read-only
 * open (the CLI reading a case another Assay holds) cannot write the log: its traces leave no entry.
 */
export function auditTrace(db: Database.Database, params: TraceParams, result: TraceResult): void {
  if (db.readonly) return;
  db.transaction(() =>
    appendAudit(db, 'trace.run', {
      from: params.from.slice(0, SEEDS_LISTED),
      seeds: params.from.length,
      direction: params.direction,
      models: params.models,
      hops: params.hops,
      minAmount: params.minAmount,
      stopAt: params.stopAt,
      fromTime: params.fromTime,
      toTime: params.toTime,
      maxDegree: params.maxDegree,
      outputs: result.outputsTotal,
      totals: result.totals,
      disagreements: result.disagreement.length,
      disagreement: result.disagreement.slice(0, DISAGREEMENTS_LISTED),
    }),
  )();
}

/** Chain of custody: which package left the case, at which head, with which manifest and key. */
export function auditExport(db: Database.Database, result: ExportResult): void {
  db.transaction(() =>
    appendAudit(db, 'report.export', {
      exportedAt: result.exportedAt,
      pages: result.pages,
      files: result.files.length,
      manifestSha256: result.files.find((f) => f.path === 'manifest.json')?.sha256 ?? null,
      auditHead: result.auditHead,
      signedWith: result.signer?.fingerprint ?? null,
    }),
  )();
}
