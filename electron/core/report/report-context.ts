import type Database from 'better-sqlite3';
import type { ManifestSigner, ReportSectionId } from '../../../shared/domain/report';
import type { RowScope } from './csv/row-scope';
import type { ReportMarking } from './review';

/** What every report section reads: a read-only snapshot of the case and the export's choices. */
export interface ReportContext {
  db: Database.Database;
  caseId: string;
  meta: { title: string; examiner: string; caseNumber: string; agency: string; createdAt: string };
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  auditHead: string;
  /** SHA-256 of the evidence tables' digest, checked against the audit log before the export began; null in the benchmark. */
  contentDigest: string | null;
  /** Whose key signs the package (printed on the cover); null when unsigned. */
  signer: ManifestSigner | null;
  /** DRAFT (findings not reviewed, listed) or FINAL; printed on the cover and every page's footer. */
  marking: ReportMarking;
  /** Which ledger rows the CSVs hold (stated on the cover). */
  rowScope: RowScope;
  sections: ReadonlySet<ReportSectionId>;
  /** Saved views to draw, by name; all when null. */
  views: readonly string[] | null;
  maxTableRows: number;
}

/** JSON stored by the engine, parsed without trusting it: bad text comes back as the raw string. */
export function parseStored(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Nested JSON flattened to "path: value" pairs for a fields table. */
export function flatten(value: unknown, prefix = '', out: [string, string][] = [], max = 60): [string, string][] {
  if (out.length >= max) return out;
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.push([prefix || '(empty)', Array.isArray(value) ? '[]' : '{}']);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out, max);
  } else if (out.length < max) out.push([prefix || 'value', value === null ? '' : String(value)]);
  return out;
}

const count = (db: Database.Database, sql: string): number => db.prepare(sql).pluck().get() as number;
export const countRows = (db: Database.Database, table: string): number => count(db, `SELECT count(*) FROM ${table}`);
